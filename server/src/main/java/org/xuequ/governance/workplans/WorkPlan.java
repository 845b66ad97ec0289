package org.xuequ.governance.workplans;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.xuequ.platform.XuequProblem;

/**
 * A body's annual work plan (年度工作计划): items written while a draft, reviewed by the committee, reported on at
 * mid-year and year end, and the head's annual report (述职) heard at a meeting. The aggregate guards every step.
 */
@Entity
@Table(name = "governance_work_plan")
public class WorkPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;
    private long districtId;
    private long bodyId;

    @Column(name = "plan_year")
    private int year;

    private String title;

    @Enumerated(EnumType.STRING)
    private WorkPlanStatus status;

    @Nullable
    private String reviewNote;

    @Nullable
    private Instant reviewedAt;

    @Nullable
    private String reviewedBy;

    @Nullable
    private Long reviewMeetingId;

    @Nullable
    private String midYearSummary;

    @Nullable
    private Instant midYearAt;

    @Nullable
    private String yearEndSummary;

    @Nullable
    private Instant yearEndAt;

    @Nullable
    private String headReportPerson;

    @Nullable
    private String headReportSummary;

    @Nullable
    private Long headReportMeetingId;

    @Nullable
    private LocalDate headReportHeardOn;

    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("position")
    private List<WorkPlanItem> items = new ArrayList<>();

    protected WorkPlan() {}

    WorkPlan(String regionCode, long districtId, long bodyId, int year, String title, Instant now, String actor) {
        this.regionCode = regionCode;
        this.districtId = districtId;
        this.bodyId = bodyId;
        this.year = year;
        this.title = title.strip();
        this.status = WorkPlanStatus.DRAFT;
        this.createdAt = now;
        this.createdBy = actor;
        touch(now, actor);
    }

    /** Items and title change only while a draft (a returned plan is a draft again). */
    public boolean canEditItems() {
        return status == WorkPlanStatus.DRAFT;
    }

    public boolean canRecordHeadReport() {
        return status.approved();
    }

    void retitle(String title, Instant now, String actor) {
        requireDraft("EDIT");
        this.title = title.strip();
        touch(now, actor);
    }

    WorkPlanItem addItem(WorkPlanItemFields fields, Instant now, String actor) {
        requireDraft("EDIT");
        WorkPlanItem item = new WorkPlanItem(items.size() + 1, fields);
        items.add(item);
        touch(now, actor);
        return item;
    }

    void reviseItem(long itemId, WorkPlanItemFields fields, Instant now, String actor) {
        requireDraft("EDIT");
        item(itemId).revise(fields);
        touch(now, actor);
    }

    void removeItem(long itemId, Instant now, String actor) {
        requireDraft("EDIT");
        items.remove(item(itemId));
        for (int i = 0; i < items.size(); i++) {
            items.get(i).moveTo(i + 1);
        }
        touch(now, actor);
    }

    /** Submits for review, approves or returns; a plan without items is not reviewed. */
    void take(WorkPlanStatus.Step step, @Nullable String note, @Nullable Long meetingId, Instant now, String actor) {
        if (step == WorkPlanStatus.Step.MID_YEAR || step == WorkPlanStatus.Step.YEAR_END || !status.allows(step)) {
            throw WorkPlanRefusal.TRANSITION.problem(status, step);
        }
        if (step == WorkPlanStatus.Step.SUBMIT && items.isEmpty()) {
            throw WorkPlanRefusal.EMPTY.problem();
        }
        if (step != WorkPlanStatus.Step.SUBMIT) {
            this.reviewNote = note;
            this.reviewedAt = now;
            this.reviewedBy = actor;
            this.reviewMeetingId = meetingId;
        }
        this.status = WorkPlanStatus.after(step);
        touch(now, actor);
    }

    /**
     * Reports mid-year (after approval) or year-end (after mid-year) progress: every item named must be the plan's;
     * at year end every item needs an outcome. 400 names the row; nothing changes.
     */
    void progress(
            WorkPlanStatus.Step stage, @Nullable String summary, List<ItemProgress> rows, Instant now, String actor) {
        if ((stage != WorkPlanStatus.Step.MID_YEAR && stage != WorkPlanStatus.Step.YEAR_END) || !status.allows(stage)) {
            throw WorkPlanRefusal.TRANSITION.problem(status, stage);
        }
        Map<Long, ItemProgress> byItem = new java.util.HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            ItemProgress row = rows.get(i);
            if (items.stream().noneMatch(it -> it.getId().equals(row.itemId()))) {
                throw XuequProblem.invalid("items[" + i + "].itemId", "error.governance.unknown-plan-item");
            }
            if (stage == WorkPlanStatus.Step.YEAR_END && row.outcome() == null) {
                throw XuequProblem.invalid("items[" + i + "].outcome", "error.governance.outcome-required");
            }
            byItem.put(row.itemId(), row);
        }
        if (stage == WorkPlanStatus.Step.YEAR_END) {
            for (WorkPlanItem item : items) {
                if (!byItem.containsKey(item.getId())) {
                    throw XuequProblem.invalid("items", "error.governance.every-item-needs-outcome");
                }
            }
        }
        byItem.forEach((itemId, row) -> {
            if (stage == WorkPlanStatus.Step.MID_YEAR) {
                item(itemId).midYear(row.progress(), row.percent());
            } else {
                item(itemId).yearEnd(row.progress(), row.outcome());
            }
        });
        if (stage == WorkPlanStatus.Step.MID_YEAR) {
            this.midYearSummary = summary;
            this.midYearAt = now;
        } else {
            this.yearEndSummary = summary;
            this.yearEndAt = now;
        }
        this.status = WorkPlanStatus.after(stage);
        touch(now, actor);
    }

    /** Records the head's annual report (述职) as heard at a meeting; an approved plan only. */
    void recordHeadReport(
            String person, String summary, @Nullable Long meetingId, LocalDate heardOn, Instant now, String actor) {
        if (!canRecordHeadReport()) {
            throw WorkPlanRefusal.TRANSITION.problem(status, "HEAD_REPORT");
        }
        this.headReportPerson = person.strip();
        this.headReportSummary = summary.strip();
        this.headReportMeetingId = meetingId;
        this.headReportHeardOn = heardOn;
        touch(now, actor);
    }

    private void requireDraft(String step) {
        if (!canEditItems()) {
            throw WorkPlanRefusal.TRANSITION.problem(status, step);
        }
    }

    private WorkPlanItem item(long itemId) {
        return items.stream()
                .filter(i -> i.getId() == itemId)
                .findFirst()
                .orElseThrow(() -> XuequProblem.notFound("work-plan-item", itemId));
    }

    private void touch(Instant now, String actor) {
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

    public long getDistrictId() {
        return districtId;
    }

    public long getBodyId() {
        return bodyId;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public WorkPlanStatus getStatus() {
        return status;
    }

    public @Nullable String getReviewNote() {
        return reviewNote;
    }

    public @Nullable Instant getReviewedAt() {
        return reviewedAt;
    }

    public @Nullable String getReviewedBy() {
        return reviewedBy;
    }

    public @Nullable Long getReviewMeetingId() {
        return reviewMeetingId;
    }

    public @Nullable String getMidYearSummary() {
        return midYearSummary;
    }

    public @Nullable Instant getMidYearAt() {
        return midYearAt;
    }

    public @Nullable String getYearEndSummary() {
        return yearEndSummary;
    }

    public @Nullable Instant getYearEndAt() {
        return yearEndAt;
    }

    public @Nullable String getHeadReportPerson() {
        return headReportPerson;
    }

    public @Nullable String getHeadReportSummary() {
        return headReportSummary;
    }

    public @Nullable Long getHeadReportMeetingId() {
        return headReportMeetingId;
    }

    public @Nullable LocalDate getHeadReportHeardOn() {
        return headReportHeardOn;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<WorkPlanItem> getItems() {
        return List.copyOf(items);
    }
}
