package org.xuequ.supervision.rubrics;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RubricRepository extends JpaRepository<Rubric, Long> {

    List<Rubric> findByRegionCodeOrderByNameAscEditionDesc(String regionCode);

    @Query("select coalesce(max(r.edition), 0) from Rubric r where r.regionCode = ?1 and r.name = ?2")
    int lastEdition(String regionCode, String name);
}
