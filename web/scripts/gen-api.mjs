// npm run gen:api: src/api/openapi.json → src/api/schema.d.ts
import { readFileSync, writeFileSync } from 'node:fs'
import { generateApiTypes, OPENAPI_JSON, SCHEMA_TS } from './api-types.mjs'

writeFileSync(SCHEMA_TS, await generateApiTypes(readFileSync(OPENAPI_JSON, 'utf8')))
console.log(`${SCHEMA_TS} written from ${OPENAPI_JSON}`)
