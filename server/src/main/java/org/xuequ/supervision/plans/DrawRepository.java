package org.xuequ.supervision.plans;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DrawRepository extends JpaRepository<RandomDraw, Long> {

    List<RandomDraw> findByPlanIdOrderByIdAsc(long planId);

    List<RandomDraw> findAllByOrderByIdDesc();
}
