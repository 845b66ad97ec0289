package org.xuequ.sharing.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * xuequ.search.*: {@code mode=local} (embedded Lucene, one node) or {@code mode=cluster} (Elasticsearch 7.10+/8/9
 * or OpenSearch 1–3 at {@code uris}, with the smartcn analysis plugin installed, and outbox-polling coordination
 * through the database). {@code coordination} may be set on its own: {@code none} or {@code outbox-polling}.
 */
@ConfigurationProperties("xuequ.search")
record SearchClusterProperties(
        @DefaultValue("local") String mode,
        @DefaultValue("http://localhost:9200") String uris,
        String username,
        String password,
        String coordination) {

    boolean clustered() {
        return "cluster".equals(mode);
    }

    String coordinationStrategy() {
        if (coordination != null && !coordination.isBlank()) {
            return coordination;
        }
        return clustered() ? "outbox-polling" : "none";
    }

    boolean coordinated() {
        return "outbox-polling".equals(coordinationStrategy());
    }
}
