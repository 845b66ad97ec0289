package org.xuequ.governance.charters;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One version of a charter's text and where it stands; part of the {@link Charter} aggregate. */
@Entity
@Table(name = "governance_charter_version")
public class CharterVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int number;
    private String text;

    @Enumerated(EnumType.STRING)
    private CharterStatus status;

    @Nullable
    private Long templateVersionId;

    @Nullable
    private String note;

    private Instant createdAt;
    private String createdBy;

    @Nullable
    private Instant submittedAt;

    @Nullable
    private String submittedBy;

    @Nullable
    private Instant decidedAt;

    @Nullable
    private String decidedBy;

    protected CharterVersion() {}

    CharterVersion(int number, String text, @Nullable Long templateVersionId, Instant now, String actor) {
        this.number = number;
        this.text = text;
        this.templateVersionId = templateVersionId;
        this.status = CharterStatus.DRAFT;
        this.createdAt = now;
        this.createdBy = actor;
    }

    void edit(String text, @Nullable String note) {
        this.text = text;
        this.note = note;
    }

    void submit(Instant now, String actor) {
        this.status = CharterStatus.IN_REVIEW;
        this.submittedAt = now;
        this.submittedBy = actor;
    }

    void decide(CharterStatus next, @Nullable String note, Instant now, String actor) {
        this.status = next;
        if (note != null && !note.isBlank()) {
            this.note = note.strip();
        }
        this.decidedAt = now;
        this.decidedBy = actor;
    }

    void supersede() {
        this.status = CharterStatus.SUPERSEDED;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    public CharterStatus getStatus() {
        return status;
    }

    public @Nullable Long getTemplateVersionId() {
        return templateVersionId;
    }

    public @Nullable String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    public @Nullable String getDecidedBy() {
        return decidedBy;
    }
}
