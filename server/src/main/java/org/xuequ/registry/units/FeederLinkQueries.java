package org.xuequ.registry.units;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface FeederLinkQueries extends Repository<EducationUnit, Long> {

    /** The primary schools whose graduates go on to this junior school. */
    @Query("select e from EducationUnit e join e.feederLinks f where f.juniorUnitId = :juniorUnitId")
    List<EducationUnit> feedersOf(long juniorUnitId);
}
