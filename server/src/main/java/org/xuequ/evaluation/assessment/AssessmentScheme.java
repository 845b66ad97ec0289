package org.xuequ.evaluation.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.access.Scoped;

/**
 * 考核方案: a region's weighted criteria for a year; the weights sum to 100. Once a cycle uses it the
 * scheme is never edited (results already given would change meaning): it is copied as a new version.
 */
@Entity
@Table(name = "evaluation_assessment_scheme")
public class AssessmentScheme implements Scoped {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    private String name;

    private int year;

    private Long basedOnId;

    private Instant createdAt;

    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "scheme_id", nullable = false)
    @OrderBy("position")
    private List<SchemeCriterion> criteria = new ArrayList<>();

    protected AssessmentScheme() {}

    /** A new scheme; the form must have passed {@link #problems}. */
    AssessmentScheme(String regionCode, Form form, @Nullable Long basedOnId, Instant now) {
        this.regionCode = regionCode;
        this.basedOnId = basedOnId;
        this.createdAt = now;
        apply(form, now);
    }

    /**
     * One criterion as entered.
     *
     * @param code short code, unique within the scheme (e.g. DJ for 党建)
     * @param weight share of the total out of 100; the weights of a scheme sum to 100
     * @param maxScore the highest score the criterion is scored with
     */
    public record CriterionForm(
            String code,
            String nameZh,
            String nameEn,
            BigDecimal weight,
            BigDecimal maxScore,
            SchemeCriterion.Source source) {}

    /** A scheme as entered. */
    public record Form(String name, Integer year, List<CriterionForm> criteria) {}

    /** Everything wrong with a form at once; {@code criteria} is named when the weights do not sum to 100. */
    public static List<FieldProblem> problems(Form form) {
        List<FieldProblem> errors = new ArrayList<>();
        if (form.name() == null || form.name().isBlank()) {
            errors.add(new FieldProblem("name", "error.required"));
        } else if (form.name().strip().length() > 100) {
            errors.add(new FieldProblem("name", "error.too-long-100"));
        }
        if (form.year() == null) {
            errors.add(new FieldProblem("year", "error.required"));
        } else if (form.year() < 2000 || form.year() > 2100) {
            errors.add(new FieldProblem("year", "error.assessment.year-range"));
        }
        List<CriterionForm> criteria = form.criteria() == null ? List.of() : form.criteria();
        if (criteria.isEmpty()) {
            errors.add(new FieldProblem("criteria", "error.required"));
            return errors;
        }
        Set<String> codes = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < criteria.size(); i++) {
            CriterionForm c = criteria.get(i);
            String at = "criteria[" + i + "].";
            if (c == null) {
                errors.add(new FieldProblem("criteria[" + i + "]", "error.required"));
                continue;
            }
            if (c.code() == null || c.code().isBlank()) {
                errors.add(new FieldProblem(at + "code", "error.required"));
            } else if (c.code().strip().length() > 20) {
                errors.add(new FieldProblem(at + "code", "error.too-long-20"));
            } else if (!codes.add(c.code().strip())) {
                errors.add(new FieldProblem(at + "code", "error.duplicate"));
            }
            text(c.nameZh(), 50, at + "nameZh", errors);
            text(c.nameEn(), 100, at + "nameEn", errors);
            if (c.weight() == null) {
                errors.add(new FieldProblem(at + "weight", "error.required"));
            } else if (c.weight().signum() <= 0
                    || c.weight().compareTo(HUNDRED) > 0
                    || c.weight().scale() > 2) {
                errors.add(new FieldProblem(at + "weight", "error.assessment.weight-range"));
            } else {
                sum = sum.add(c.weight());
            }
            if (c.maxScore() == null) {
                errors.add(new FieldProblem(at + "maxScore", "error.required"));
            } else if (c.maxScore().signum() <= 0
                    || c.maxScore().compareTo(BigDecimal.valueOf(1000)) > 0
                    || c.maxScore().scale() > 2) {
                errors.add(new FieldProblem(at + "maxScore", "error.assessment.max-score-range"));
            }
            if (c.source() == null) {
                errors.add(new FieldProblem(at + "source", "error.required"));
            }
        }
        if (errors.isEmpty() && sum.compareTo(HUNDRED) != 0) {
            errors.add(new FieldProblem("criteria", "error.assessment.weights-sum"));
        }
        return errors;
    }

    private static void text(String value, int max, String field, List<FieldProblem> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldProblem(field, "error.required"));
        } else if (value.strip().length() > max) {
            errors.add(new FieldProblem(field, "error.too-long-" + max));
        }
    }

    /**
     * Changes the scheme; refused with {@link AssessmentRefusal#SCHEME_IN_USE} once a cycle uses it.
     * Criteria are matched by code, so a criterion keeps its id (and any score) while it stays.
     */
    void revise(Form form, boolean inUse, Instant now) {
        if (inUse) {
            throw AssessmentRefusal.SCHEME_IN_USE.problem();
        }
        apply(form, now);
    }

    /** A new, unused version of this scheme to edit: same criteria, based on this one. */
    AssessmentScheme copy(String name, Instant now) {
        List<CriterionForm> forms = criteria.stream()
                .map(c -> new CriterionForm(
                        c.getCode(), c.getNameZh(), c.getNameEn(), c.getWeight(), c.getMaxScore(), c.getSource()))
                .toList();
        return new AssessmentScheme(regionCode, new Form(name, year, forms), id, now);
    }

    private void apply(Form form, Instant now) {
        this.name = form.name().strip();
        this.year = form.year();
        this.updatedAt = now;
        Map<String, SchemeCriterion> kept =
                criteria.stream().collect(Collectors.toMap(SchemeCriterion::getCode, Function.identity()));
        List<SchemeCriterion> next = new ArrayList<>();
        for (int i = 0; i < form.criteria().size(); i++) {
            CriterionForm c = form.criteria().get(i);
            String code = c.code().strip();
            SchemeCriterion criterion = kept.get(code);
            if (criterion == null) {
                criterion = new SchemeCriterion(
                        null,
                        i + 1,
                        code,
                        c.nameZh().strip(),
                        c.nameEn().strip(),
                        c.weight(),
                        c.maxScore(),
                        c.source());
            } else {
                criterion.apply(i + 1, c.nameZh().strip(), c.nameEn().strip(), c.weight(), c.maxScore(), c.source());
            }
            next.add(criterion);
        }
        criteria.clear();
        criteria.addAll(next);
    }

    @Override
    public ScopeTarget scopeTarget() {
        return ScopeTarget.region(regionCode);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getName() {
        return name;
    }

    public int getYear() {
        return year;
    }

    public @Nullable Long getBasedOnId() {
        return basedOnId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<SchemeCriterion> getCriteria() {
        return List.copyOf(criteria);
    }
}
