package org.xuequ.supervision.rubrics;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
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
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rubric (督导指标体系): a versioned template of domains → items → criteria. Once an inspection uses it, it is
 * never edited — a new edition is made from it instead, so every past score keeps the criterion it was given on.
 */
@Entity
@Table(name = "supervision_rubric")
public class Rubric {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;
    private String name;
    private int edition;

    @Nullable
    private Long basedOnId;

    private Instant updatedAt;
    private String updatedBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "rubric_id", nullable = false)
    @OrderBy("position")
    private List<RubricCriterion> criteria = new ArrayList<>();

    protected Rubric() {}

    Rubric(
            String regionCode,
            String name,
            int edition,
            @Nullable Long basedOnId,
            List<CriterionFields> criteria,
            Instant now,
            String actor) {
        this.regionCode = regionCode;
        this.name = name.strip();
        this.edition = edition;
        this.basedOnId = basedOnId;
        replace(criteria, now, actor);
    }

    /** Replaces the criteria; the service has checked that no inspection uses this rubric. */
    void revise(String newName, List<CriterionFields> newCriteria, Instant now, String actor) {
        this.name = newName.strip();
        replace(newCriteria, now, actor);
    }

    private void replace(List<CriterionFields> newCriteria, Instant now, String actor) {
        criteria.clear();
        for (int i = 0; i < newCriteria.size(); i++) {
            criteria.add(new RubricCriterion(i + 1, newCriteria.get(i)));
        }
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** The next edition: the same criteria, unused, pointing back at this one. */
    Rubric nextEdition(int edition, Instant now, String actor) {
        return new Rubric(
                regionCode,
                name,
                edition,
                id,
                criteria.stream().map(RubricCriterion::fields).toList(),
                now,
                actor);
    }

    public Optional<RubricCriterion> criterion(long criterionId) {
        return criteria.stream().filter(c -> c.getId() == criterionId).findFirst();
    }

    public BigDecimal maxPoints() {
        return criteria.stream().map(RubricCriterion::getMaxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
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

    public int getEdition() {
        return edition;
    }

    public @Nullable Long getBasedOnId() {
        return basedOnId;
    }

    public List<RubricCriterion> getCriteria() {
        return List.copyOf(criteria);
    }
}
