package org.xuequ.sharing.search;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.xuequ.platform.jobs.Jobs;
import org.xuequ.sharing.catalogue.SharedResource;

/** The Lucene index of resources: kept current on every write, rebuilt from the database as a job. */
@Service
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final EntityManagerFactory emf;
    private final Jobs jobs;

    SearchIndex(EntityManagerFactory emf, Jobs jobs) {
        this.emf = emf;
        this.jobs = jobs;
    }

    /** Starts a rebuild; progress at /api/platform/jobs/{id}. */
    public String rebuild() {
        return jobs.start("sharing-index-rebuild", progress -> {
            progress.phase("indexing");
            long indexed = rebuildNow(progress);
            progress.phase("done");
            return java.util.Map.of("indexed", indexed);
        });
    }

    public long rebuildNow(Jobs.Progress progress) {
        AtomicLong added = new AtomicLong();
        try {
            Search.mapping(emf)
                    .scope(SharedResource.class)
                    .massIndexer()
                    .threadsToLoadObjects(1)
                    .batchSizeToLoadObjects(500)
                    .purgeAllOnStart(true)
                    .monitor(new MassIndexingMonitor() {
                        @Override
                        public void documentsAdded(long increment) {
                            progress.processed(added.addAndGet(increment));
                        }

                        @Override
                        public void documentsBuilt(long increment) {}

                        @Override
                        public void entitiesLoaded(long increment) {}

                        @Override
                        public void addToTotalCount(long count) {
                            progress.total(count);
                        }

                        @Override
                        public void indexingCompleted() {}
                    })
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Index rebuild interrupted", e);
        }
        log.info("Sharing search index rebuilt: {} resources", added.get());
        return added.get();
    }

    /** Documents in the index, to notice an index that lags behind the database (e.g. a fresh data directory). */
    public long documentCount() {
        var em = emf.createEntityManager();
        try {
            return Search.session(em)
                    .search(SharedResource.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
        } finally {
            em.close();
        }
    }

    /**
     * Whether the documents were built by this mapping: Lucene keeps no schema to validate, so an
     * index written before a field became projectable would answer searches with empty cards.
     */
    public boolean builtByCurrentMapping() {
        var em = emf.createEntityManager();
        try {
            List<Integer> versions = Search.session(em)
                    .search(SharedResource.class)
                    .select(f -> f.field("mappingVersion", Integer.class))
                    .where(f -> f.matchAll())
                    .fetchHits(1);
            return versions.isEmpty()
                    || Integer.valueOf(SharedResource.INDEX_MAPPING_VERSION).equals(versions.get(0));
        } finally {
            em.close();
        }
    }
}
