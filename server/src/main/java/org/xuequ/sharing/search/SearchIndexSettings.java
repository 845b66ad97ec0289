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
 * Where the Lucene index lives: {@code xuequ.sharing.index-directory} (default ./data/lucene,
 * beside the embedded database). Tests ask for a fresh directory per JVM, because their database
 * is wiped at every JVM start too.
 */
@Component
class SearchIndexSettings implements HibernatePropertiesCustomizer {

    private static Path perJvm;

    private final String directory;
    private final boolean freshPerJvm;
    private final String synchronization;

    SearchIndexSettings(
            @Value("${xuequ.sharing.index-directory:./data/lucene}") String directory,
            @Value("${xuequ.sharing.index-per-jvm:false}") boolean freshPerJvm,
            @Value("${xuequ.sharing.index-synchronization:write-sync}") String synchronization) {
        this.directory = directory;
        this.freshPerJvm = freshPerJvm;
        this.synchronization = synchronization;
    }

    @Override
    public void customize(Map<String, Object> properties) {
        properties.put("hibernate.search.backend.directory.root", root().toString());
        properties.put(
                "hibernate.search.backend.analysis.configurer", "class:" + SharingAnalysisConfigurer.class.getName());
        properties.put("hibernate.search.indexing.plan.synchronization.strategy", synchronization);
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
