package org.xuequ.supervision.rubrics;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.supervision.SupervisionScope;

/** Rubrics (督导指标) of the caller's region: templates that are versioned, never edited once in use. */
@Service
@Transactional(readOnly = true)
public class Rubrics {

    private final RubricRepository rubrics;
    private final SupervisionScope scope;
    private final JdbcClient jdbc;
    private final Clock clock;

    Rubrics(RubricRepository rubrics, SupervisionScope scope, JdbcClient jdbc, Clock clock) {
        this.rubrics = rubrics;
        this.scope = scope;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The region's rubrics, by name and newest edition first. */
    public List<RubricView> list() {
        List<Rubric> found = rubrics.findByRegionCodeOrderByNameAscEditionDesc(scope.region());
        Set<Long> used = usedOf(found.stream().map(Rubric::getId).toList());
        return found.stream().map(r -> view(r, used.contains(r.getId()))).toList();
    }

    public RubricView get(long id) {
        Rubric rubric = visible(id);
        return view(rubric, inUse(id));
    }

    /** A rubric of the caller's region (for other parts of the module: inspections score on it). */
    public Rubric rubric(long id) {
        return visible(id);
    }

    /** The rubric new inspections use when none is named: the newest rubric of the region. */
    public Rubric current(String region) {
        return rubrics.findByRegionCodeOrderByNameAscEditionDesc(region).stream()
                .max(java.util.Comparator.comparing(Rubric::getId))
                .orElseThrow(() -> XuequProblem.invalid("rubricId", "error.supervision.no-rubric"));
    }

    @Transactional
    public RubricView create(String name, List<CriterionFields> criteria) {
        check(criteria);
        String region = scope.region();
        int edition = rubrics.lastEdition(region, name.strip()) + 1;
        Rubric rubric = new Rubric(region, name, edition, null, criteria, clock.instant(), scope.actor());
        save(rubric);
        return get(rubric.getId());
    }

    /** Edits a rubric no inspection uses; 409 {@code supervision-rubric-in-use} otherwise. */
    @Transactional
    public RubricView update(long id, String name, List<CriterionFields> criteria, long version) {
        Rubric rubric = visible(id);
        if (rubric.getVersion() != version) {
            throw RubricRefusal.STALE.problem();
        }
        if (inUse(id)) {
            throw RubricRefusal.IN_USE.problem(rubric.getName(), rubric.getEdition());
        }
        check(criteria);
        rubric.revise(name, criteria, clock.instant(), scope.actor());
        save(rubric);
        return get(id);
    }

    /** A new edition of the rubric (same name, edition + 1, the same criteria), unused and editable. */
    @Transactional
    public RubricView newEdition(long id) {
        Rubric rubric = visible(id);
        int edition = rubrics.lastEdition(rubric.getRegionCode(), rubric.getName()) + 1;
        Rubric next = rubric.nextEdition(edition, clock.instant(), scope.actor());
        save(next);
        return get(next.getId());
    }

    private void check(List<CriterionFields> criteria) {
        List<FieldProblem> errors =
                RubricRules.check(criteria, (i, property) -> "criteria[" + i + "]." + property, i -> null);
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
    }

    private void save(Rubric rubric) {
        try {
            rubrics.saveAndFlush(rubric);
        } catch (DataIntegrityViolationException e) {
            throw XuequProblem.invalid("name", "error.supervision.duplicate-rubric");
        }
    }

    private Rubric visible(long id) {
        Rubric rubric = rubrics.findById(id).orElseThrow(() -> XuequProblem.notFound("rubric", id));
        scope.requireRegion(rubric.getRegionCode());
        return rubric;
    }

    private boolean inUse(long id) {
        return !usedOf(List.of(id)).isEmpty();
    }

    private Set<Long> usedOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select distinct rubric_id from supervision_inspection where rubric_id in (:ids)")
                .param("ids", ids)
                .query(Long.class)
                .list());
    }

    static RubricView view(Rubric r, boolean inUse) {
        Map<String, List<RubricCriterion>> byDomain = r.getCriteria().stream()
                .collect(
                        Collectors.groupingBy(RubricCriterion::getDomainCode, LinkedHashMap::new, Collectors.toList()));
        List<RubricView.Domain> domains = new ArrayList<>();
        byDomain.forEach((code, criteria) -> {
            Map<String, List<RubricCriterion>> byItem = criteria.stream()
                    .collect(
                            Collectors.groupingBy(c -> c.fields().itemCode(), LinkedHashMap::new, Collectors.toList()));
            List<RubricView.Item> items = new ArrayList<>();
            byItem.forEach((itemCode, inItem) -> {
                CriterionFields first = inItem.get(0).fields();
                items.add(new RubricView.Item(
                        itemCode,
                        first.itemZh(),
                        first.itemEn(),
                        inItem.stream()
                                .map(c -> new RubricView.Criterion(
                                        c.getId(),
                                        c.getCode(),
                                        c.getTextZh(),
                                        c.fields().textEn(),
                                        c.getScoring(),
                                        c.getMaxPoints(),
                                        c.isEvidenceRequired()))
                                .toList()));
            });
            RubricCriterion first = criteria.get(0);
            BigDecimal max =
                    criteria.stream().map(RubricCriterion::getMaxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
            domains.add(new RubricView.Domain(code, first.getDomainZh(), first.getDomainEn(), max, items));
        });
        return new RubricView(
                r.getId(),
                r.getVersion(),
                r.getName(),
                r.getEdition(),
                r.getBasedOnId(),
                inUse,
                r.maxPoints(),
                r.getCriteria().size(),
                domains);
    }
}
