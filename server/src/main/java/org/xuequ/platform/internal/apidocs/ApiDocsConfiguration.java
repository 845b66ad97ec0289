package org.xuequ.platform.internal.apidocs;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description (springdoc, /v3/api-docs) made from what the code already says: Javadoc of
 * controllers, methods and records (baked in at compile time by therapi's scribe), each endpoint's
 * {@code @Permits} / {@code @PublicEndpoint}, and the nullability of the records' components. The
 * console's TypeScript types are generated from it (web/src/api/openapi.json → schema.d.ts).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    @Bean
    StableSchemaNames stableSchemaNames() {
        return new StableSchemaNames();
    }

    @Bean
    WhoMayCallIt whoMayCallIt() {
        return new WhoMayCallIt();
    }

    @Bean
    ContractShape contractShape(StableSchemaNames names) {
        return new ContractShape(names);
    }
}
