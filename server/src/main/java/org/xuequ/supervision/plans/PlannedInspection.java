package org.xuequ.supervision.plans;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.xuequ.supervision.InspectionKind;

/** One inspection a plan foresees: its kind and unit, and for a random one the draw and lottery number. */
@Entity
@Table(name = "supervision_planned_inspection")
public class PlannedInspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private InspectionKind kind;

    private long unitId;

    @Nullable
    private LocalDate plannedOn;

    @Nullable
    private Long inspectorId;

    @Nullable
    private String topic;

    @Nullable
    private Long drawId;

    @Nullable
    private String lotteryNumber;

    protected PlannedInspection() {}

    PlannedInspection(
            InspectionKind kind,
            long unitId,
            @Nullable LocalDate plannedOn,
            @Nullable Long inspectorId,
            @Nullable String topic,
            @Nullable Long drawId,
            @Nullable String lotteryNumber) {
        this.kind = kind;
        this.unitId = unitId;
        this.plannedOn = plannedOn;
        this.inspectorId = inspectorId;
        this.topic = topic;
        this.drawId = drawId;
        this.lotteryNumber = lotteryNumber;
    }

    public Long getId() {
        return id;
    }

    public InspectionKind getKind() {
        return kind;
    }

    public long getUnitId() {
        return unitId;
    }

    public @Nullable LocalDate getPlannedOn() {
        return plannedOn;
    }

    public @Nullable Long getInspectorId() {
        return inspectorId;
    }

    public @Nullable String getTopic() {
        return topic;
    }

    public @Nullable Long getDrawId() {
        return drawId;
    }

    public @Nullable String getLotteryNumber() {
        return lotteryNumber;
    }
}
