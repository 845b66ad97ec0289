package org.xuequ.enrollment.zones;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttendanceZoneRepository extends JpaRepository<AttendanceZone, Long> {

    List<AttendanceZone> findByCycleIdOrderByName(long cycleId);

    boolean existsByCycleIdAndName(long cycleId, String name);
}
