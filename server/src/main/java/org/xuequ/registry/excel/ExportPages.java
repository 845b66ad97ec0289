package org.xuequ.registry.excel;

import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * Feeds an export one slice of entities at a time and clears the persistence context between
 * slices, so that exporting a whole region holds a slice in memory rather than every row. Callers
 * sort by a unique key with an index (e.g. region + name), so each slice's offset is an index walk.
 */
final class ExportPages {

    private static final int SLICE = 2_000;

    private ExportPages() {}

    static <T> void forEach(
            JpaSpecificationExecutor<T> repository,
            Specification<T> spec,
            Sort sort,
            EntityManager entityManager,
            Consumer<T> each) {
        PageRequest page = PageRequest.of(0, SLICE, sort);
        while (true) {
            PageRequest current = page;
            Slice<T> slice = repository.findBy(
                    spec, query -> query.sortBy(current.getSort()).slice(current));
            slice.forEach(each);
            entityManager.clear();
            if (!slice.hasNext()) {
                return;
            }
            page = page.next();
        }
    }
}
