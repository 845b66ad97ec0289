package org.xuequ.workforce.research;

import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.evaluation.assessment.SchemeCriterion;
import org.xuequ.evaluation.assessment.UnitPointsSource;
import org.xuequ.workforce.staff.StaffDirectory;

/**
 * 联合教研 points for the annual assessment: the evaluation module asks through its {@link UnitPointsSource}. A unit
 * with nobody on the staff roll has no figure (the criterion is then scored by hand); any other unit has one, 0 when
 * its people took no part. Counts are sums over this module's own tables, read with SQL because they are aggregates.
 */
@Component
public class ResearchPoints implements UnitPointsSource {

    private final JdbcClient jdbc;
    private final StaffDirectory staff;

    ResearchPoints(JdbcClient jdbc, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    @Override
    public SchemeCriterion.Source source() {
        return SchemeCriterion.Source.JOINT_RESEARCH;
    }

    @Override
    public OptionalDouble points(long unitId, int year) {
        UnitResearchPoints points = of(unitId, year);
        return points.staff() == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of(points.total().doubleValue());
    }

    /** The unit's points of the school year (1 September to 31 August) with the counts behind them. */
    @Transactional(readOnly = true)
    public UnitResearchPoints of(long unitId, int year) {
        LocalDate from = LocalDate.of(year, 9, 1);
        LocalDate to = LocalDate.of(year + 1, 8, 31);
        long attended = jdbc.sql("""
                        select count(distinct a.staff_id) from workforce_research_attendance a
                        join workforce_research_activity v on v.id = a.activity_id
                        where a.unit_id = :unit and v.held_on between :from and :to""")
                .param("unit", unitId)
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .single();
        long hosted = jdbc.sql("""
                        select count(*) from workforce_research_activity
                        where host_unit_id = :unit and held_on between :from and :to""")
                .param("unit", unitId)
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .single();
        Map<String, Long> outputs = jdbc
                .sql("""
                        select o.level, count(distinct o.id) from workforce_research_output o
                        join workforce_research_author a on a.output_id = o.id
                        where a.unit_id = :unit and o.produced_on between :from and :to group by o.level""")
                .param("unit", unitId)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return UnitResearchPoints.score(
                unitId,
                year,
                staff.activeCount(unitId),
                attended,
                hosted,
                outputs.getOrDefault("DISTRICT", 0L),
                outputs.getOrDefault("CITY", 0L),
                outputs.getOrDefault("NATIONAL", 0L));
    }
}
