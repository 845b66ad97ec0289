package org.xuequ.workforce.research;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** What a group produced (课例, 论文, 研究报告, 课程资源, 获奖), at the level it was published or awarded, and its authors. */
@Entity
@Table(name = "workforce_research_output")
public class ResearchOutput {

    public enum Kind {
        LESSON_CASE,
        PAPER,
        REPORT,
        RESOURCE,
        AWARD
    }

    /** 区级, 市级, 国家级: what an output counts for in the assessment. */
    public enum Level {
        DISTRICT,
        CITY,
        NATIONAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long groupId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    private Level level;

    private String title;
    private LocalDate producedOn;
    private Instant createdAt;
    private String createdBy;

    @ElementCollection
    @CollectionTable(name = "workforce_research_author", joinColumns = @JoinColumn(name = "output_id"))
    private Set<Participant> authors = new LinkedHashSet<>();

    protected ResearchOutput() {}

    /** What the recorder enters. */
    public record Fields(Kind kind, Level level, String title, LocalDate producedOn) {}

    ResearchOutput(long groupId, Fields f, Set<Participant> authors, Instant now, String actor) {
        this.groupId = groupId;
        this.kind = f.kind();
        this.level = f.level();
        this.title = f.title().strip();
        this.producedOn = f.producedOn();
        this.authors = new LinkedHashSet<>(authors);
        this.createdAt = now;
        this.createdBy = actor;
    }

    public Long getId() {
        return id;
    }

    public long getGroupId() {
        return groupId;
    }

    public Kind getKind() {
        return kind;
    }

    public Level getLevel() {
        return level;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getProducedOn() {
        return producedOn;
    }

    public Set<Participant> getAuthors() {
        return Set.copyOf(authors);
    }
}
