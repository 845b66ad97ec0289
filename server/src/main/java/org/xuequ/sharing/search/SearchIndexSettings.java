package org.xuequ.sharing.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Where the index lives. One node ({@code xuequ.search.mode=local}, the default): embedded Lucene in
 * {@code xuequ.sharing.index-directory} (default ./data/lucene, beside the embedded database); tests ask for a
 * fresh directory per JVM, because their database is wiped at every JVM start too. Several nodes
 * ({@code xuequ.search.mode=cluster}): an Elasticsearch or OpenSearch cluster at {@code xuequ.search.uris}, and
 * index changes handed between nodes through the database (Hibernate Search's outbox polling), so a change made
 * on any node is searchable on every node. {@code xuequ.search.coordination} overrides the coordination
 * (outbox-polling also works with the local backend on one node).
 */
@Component
class SearchIndexSettings implements HibernatePropertiesCustomizer {

    private static Path perJvm;

    private final String directory;
    private final boolean freshPerJvm;
    private final String synchronization;
    private final SearchClusterProperties cluster;

    SearchIndexSettings(
            @Value("${xuequ.sharing.index-directory:./data/lucene}") String directory,
            @Value("${xuequ.sharing.index-per-jvm:false}") boolean freshPerJvm,
            @Value("${xuequ.sharing.index-synchronization:write-sync}") String synchronization,
            SearchClusterProperties cluster) {
        this.directory = directory;
        this.freshPerJvm = freshPerJvm;
        this.synchronization = synchronization;
        this.cluster = cluster;
    }

    @Override
    public void customize(Map<String, Object> properties) {
        if (cluster.clustered()) {
            properties.put("hibernate.search.backend.type", "elasticsearch");
            properties.put("hibernate.search.backend.uris", cluster.uris());
            if (cluster.username() != null && !cluster.username().isBlank()) {
                properties.put("hibernate.search.backend.username", cluster.username());
                properties.put("hibernate.search.backend.password", cluster.password());
            }
            properties.put(
                    "hibernate.search.backend.analysis.configurer",
                    "class:" + SharingElasticsearchAnalysisConfigurer.class.getName());
        } else {
            properties.put("hibernate.search.backend.type", "lucene");
            properties.put("hibernate.search.backend.directory.root", root().toString());
            properties.put(
                    "hibernate.search.backend.analysis.configurer",
                    "class:" + SharingAnalysisConfigurer.class.getName());
        }
        properties.put("hibernate.search.coordination.strategy", cluster.coordinationStrategy());
        // With outbox polling the writing transaction only records the change; the indexing happens shortly after.
        if (!cluster.coordinated()) {
            properties.put("hibernate.search.indexing.plan.synchronization.strategy", synchronization);
        }
        properties.put("hibernate.search.schema_management.strategy", "create-or-validate");
    }

    private Path root() {
        if (!freshPerJvm) {
            return Path.of(directory);
        }
        synchronized (SearchIndexSettings.class) {
            if (perJvm == null) {
                try {
                    Files.createDirectories(Path.of(directory));
                    perJvm = Files.createTempDirectory(Path.of(directory), "jvm-");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return perJvm;
        }
    }
}
