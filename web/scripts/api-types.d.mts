export declare const OPENAPI_JSON: string
export declare const SCHEMA_TS: string
export declare function generateApiTypes(openapiJson: string): Promise<string>
