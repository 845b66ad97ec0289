package org.xuequ.workforce.training;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A region's three-year training cycle (三年一周期): everyone on the roll is to be trained once before it ends. */
@Entity
@Table(name = "workforce_training_cycle")
public class TrainingCycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    protected TrainingCycle() {}

    TrainingCycle(String regionCode, String name, LocalDate startsOn, LocalDate endsOn, Instant now, String actor) {
        this.regionCode = regionCode;
        this.name = name.strip();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdAt = now;
        this.createdBy = actor;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public Long getId() {
        return id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
