package org.xuequ.governance.charters;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.xuequ.platform.XuequProblem;

/**
 * A charter (章程): the bureau's template ({@code districtId} null) or a district's, with its versions. The aggregate
 * guards every version's step: one version open at a time, only a draft edited, the party-building rule checked on
 * submission and approval, the approved one superseding the one before.
 */
@Entity
@Table(name = "governance_charter")
public class Charter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    @Nullable
    private Long districtId;

    private String title;
    private Instant updatedAt;
    private String updatedBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "charter_id", nullable = false)
    @OrderBy("number")
    private List<CharterVersion> versions = new ArrayList<>();

    protected Charter() {}

    Charter(String regionCode, @Nullable Long districtId, String title, Instant now, String actor) {
        this.regionCode = regionCode;
        this.districtId = districtId;
        this.title = title;
        touch(now, actor);
    }

    /** A new draft; refused while another version is open. */
    CharterVersion draft(String text, @Nullable Long templateVersionId, Instant now, String actor) {
        if (open().isPresent()) {
            throw CharterRefusal.OPEN_VERSION_EXISTS.problem();
        }
        CharterVersion v = new CharterVersion(versions.size() + 1, text, templateVersionId, now, actor);
        versions.add(v);
        touch(now, actor);
        return v;
    }

    void edit(int number, String text, @Nullable String note, Instant now, String actor) {
        CharterVersion v = version(number);
        if (!canEdit(v)) {
            throw CharterRefusal.TRANSITION.problem(v.getStatus(), "EDIT");
        }
        v.edit(text, note);
        touch(now, actor);
    }

    void step(
            int number,
            CharterStatus.Step step,
            PartyBuildingRule rule,
            @Nullable String note,
            Instant now,
            String actor) {
        CharterVersion v = version(number);
        if (!v.getStatus().allows(step)) {
            throw CharterRefusal.TRANSITION.problem(v.getStatus(), step);
        }
        if (step != CharterStatus.Step.RETURN && !rule.passes(v.getText())) {
            throw CharterRefusal.NO_PARTY_BUILDING.problem();
        }
        switch (step) {
            case SUBMIT -> v.submit(now, actor);
            case RETURN -> v.decide(CharterStatus.DRAFT, note, now, actor);
            case APPROVE -> {
                approved().ifPresent(CharterVersion::supersede);
                v.decide(CharterStatus.APPROVED, note, now, actor);
            }
        }
        touch(now, actor);
    }

    public boolean canEdit(CharterVersion v) {
        return v.getStatus() == CharterStatus.DRAFT;
    }

    public Optional<CharterVersion> open() {
        return versions.stream().filter(v -> v.getStatus().open()).findFirst();
    }

    public Optional<CharterVersion> approved() {
        return versions.stream()
                .filter(v -> v.getStatus() == CharterStatus.APPROVED)
                .findFirst();
    }

    public CharterVersion version(int number) {
        return versions.stream()
                .filter(v -> v.getNumber() == number)
                .findFirst()
                .orElseThrow(() -> XuequProblem.notFound("charter version", number));
    }

    private void touch(Instant now, String actor) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public boolean isTemplate() {
        return districtId == null;
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

    public @Nullable Long getDistrictId() {
        return districtId;
    }

    public String getTitle() {
        return title;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<CharterVersion> getVersions() {
        return List.copyOf(versions);
    }
}
