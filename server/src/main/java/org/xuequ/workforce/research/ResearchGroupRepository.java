package org.xuequ.workforce.research;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ResearchGroupRepository extends JpaRepository<ResearchGroup, Long> {

    List<ResearchGroup> findByRegionCodeOrderByStartsOnDescIdDesc(String regionCode);

    boolean existsByRegionCodeAndName(String regionCode, String name);

    /** The group locked while members are added, so two officials adding at once take turns. */
    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from ResearchGroup g where g.id = :id")
    Optional<ResearchGroup> lockById(long id);
}
