package org.xuequ.planning.projects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xuequ.platform.XuequProblem;

/** A key project (重点工程) of a region with its milestones; the aggregate guards every milestone's step. */
@Entity
@Table(name = "planning_project")
public class KeyProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    @Nullable
    private Long planId;

    @Nullable
    private Integer seq;

    private String name;

    @Enumerated(EnumType.STRING)
    private ProjectStage stage;

    @Nullable
    private String subdistrictName;

    @Nullable
    private Long districtId;

    @Enumerated(EnumType.STRING)
    private ProjectKind kind;

    @Nullable
    private Integer seatsAdded;

    @Nullable
    private BigDecimal budgetWanYuan;

    @Nullable
    private Integer openingYear;

    @Nullable
    private BigDecimal longitude;

    @Nullable
    private BigDecimal latitude;

    private Instant updatedAt;
    private String updatedBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "project_id", nullable = false)
    @OrderBy("position")
    private List<Milestone> milestones = new ArrayList<>();

    protected KeyProject() {}

    KeyProject(String regionCode, ProjectFields fields, Instant now, String actor) {
        this.regionCode = regionCode;
        revise(fields, now, actor);
    }

    void revise(ProjectFields f, Instant now, String actor) {
        this.name = f.name().strip();
        this.stage = f.stage();
        this.kind = f.kind();
        this.subdistrictName = f.subdistrictName();
        this.districtId = f.districtId();
        this.seatsAdded = f.seatsAdded();
        this.budgetWanYuan = f.budgetWanYuan();
        this.openingYear = f.openingYear();
        this.longitude = f.longitude();
        this.latitude = f.latitude();
        this.planId = f.planId();
        this.seq = f.seq();
        touch(now, actor);
    }

    /** Adds a milestone at the end; names are unique within the project. */
    Milestone addMilestone(String name, LocalDate dueDate, Instant now, String actor) {
        if (milestones.stream().anyMatch(m -> m.getName().equals(name.strip()))) {
            throw XuequProblem.invalid("name", "error.planning.duplicate-name");
        }
        Milestone milestone = new Milestone(milestones.size() + 1, name.strip(), dueDate);
        milestones.add(milestone);
        touch(now, actor);
        return milestone;
    }

    /** Takes a milestone's step or refuses with {@link ProjectRefusal#TRANSITION}. */
    void step(long milestoneId, MilestoneStatus.Step step, LocalDate on, Instant now, String actor) {
        Milestone milestone = milestones.stream()
                .filter(m -> m.getId() == milestoneId)
                .findFirst()
                .orElseThrow(() -> XuequProblem.notFound("milestone", milestoneId));
        milestone.take(step, on);
        touch(now, actor);
    }

    /** Seats this project adds to its district in the school year (0 before it opens or without a district). */
    public int seatsIn(int schoolYear) {
        return districtId != null && seatsAdded != null && openingYear != null && openingYear <= schoolYear
                ? seatsAdded
                : 0;
    }

    private void touch(Instant now, String actor) {
        // Milestone changes bump the project's version too: the project is one aggregate.
        this.updatedAt = now;
        this.updatedBy = actor;
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

    public ProjectFields fields() {
        return new ProjectFields(
                name,
                stage,
                kind,
                subdistrictName,
                districtId,
                seatsAdded,
                budgetWanYuan,
                openingYear,
                longitude,
                latitude,
                planId,
                seq);
    }

    public String getName() {
        return name;
    }

    public @Nullable Long getDistrictId() {
        return districtId;
    }

    public @Nullable Integer getSeatsAdded() {
        return seatsAdded;
    }

    public @Nullable Integer getOpeningYear() {
        return openingYear;
    }

    public List<Milestone> getMilestones() {
        return List.copyOf(milestones);
    }
}
