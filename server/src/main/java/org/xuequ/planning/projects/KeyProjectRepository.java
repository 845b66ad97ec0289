package org.xuequ.planning.projects;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface KeyProjectRepository extends JpaRepository<KeyProject, Long> {

    List<KeyProject> findByRegionCodeOrderBySeqAscNameAsc(String regionCode);
}
