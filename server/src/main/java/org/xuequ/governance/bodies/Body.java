package org.xuequ.governance.bodies;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.access.Scoped;

/** A body that governs a district (or, the joint meeting, the region): its members and its quorum rule. */
@Entity
@Table(name = "governance_body")
public class Body implements Scoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    @Nullable
    private Long districtId;

    @Enumerated(EnumType.STRING)
    private BodyKind kind;

    @Nullable
    @Enumerated(EnumType.STRING)
    private Department department;

    @Nullable
    private Long parentId;

    private String name;

    @Nullable
    private Long conveningUnitId;

    @Enumerated(EnumType.STRING)
    private QuorumRule.Share quorumShare;

    private String requiredKinds;

    @Enumerated(EnumType.STRING)
    private QuorumRule.Approval approval;

    private boolean meetsMonthly;
    private Instant updatedAt;
    private String updatedBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "body_id", nullable = false)
    @OrderBy("position")
    private List<BodyMember> members = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "governance_party_unit", joinColumns = @JoinColumn(name = "body_id"))
    @Column(name = "unit_id")
    private Set<Long> partyUnits = new HashSet<>();

    protected Body() {}

    Body(
            String regionCode,
            @Nullable Long districtId,
            BodyKind kind,
            @Nullable Department department,
            @Nullable Long parentId,
            String name,
            Instant now,
            String actor) {
        this.regionCode = regionCode;
        this.districtId = districtId;
        this.kind = kind;
        this.department = department;
        this.parentId = parentId;
        this.name = name;
        this.meetsMonthly = kind.meetsMonthlyByDefault();
        applyRule(kind.defaultRule());
        touch(now, actor);
    }

    void configure(
            String name,
            @Nullable Long conveningUnitId,
            QuorumRule rule,
            boolean meetsMonthly,
            Instant now,
            String actor) {
        this.name = name.strip();
        this.conveningUnitId = conveningUnitId;
        this.meetsMonthly = meetsMonthly;
        applyRule(rule);
        touch(now, actor);
    }

    BodyMember addMember(MemberFields fields, Instant now, String actor) {
        int next = members.stream().mapToInt(BodyMember::getPosition).max().orElse(0) + 1;
        BodyMember member = new BodyMember(next, fields);
        members.add(member);
        touch(now, actor);
        return member;
    }

    void reviseMember(long memberId, MemberFields fields, Instant now, String actor) {
        member(memberId).revise(fields);
        touch(now, actor);
    }

    void removeMember(long memberId, Instant now, String actor) {
        members.remove(member(memberId));
        touch(now, actor);
    }

    /** The kindergartens this party organisation covers; only party organisations cover units. */
    void coverUnits(Set<Long> unitIds, Instant now, String actor) {
        if (!kind.isParty()) {
            throw BodyRefusal.NOT_A_PARTY_ORGANISATION.problem(kind);
        }
        if (kind == BodyKind.PARTY_BRANCH && unitIds.size() > 1) {
            throw BodyRefusal.SINGLE_BRANCH_ONE_UNIT.problem();
        }
        partyUnits.clear();
        partyUnits.addAll(unitIds);
        touch(now, actor);
    }

    public BodyMember member(long memberId) {
        return members.stream()
                .filter(m -> m.getId() == memberId)
                .findFirst()
                .orElseThrow(() -> XuequProblem.notFound("member", memberId));
    }

    public QuorumRule rule() {
        return new QuorumRule(quorumShare, QuorumRule.parseKinds(requiredKinds), approval);
    }

    private void applyRule(QuorumRule rule) {
        this.quorumShare = rule.share();
        this.requiredKinds = rule.requiredKindsColumn();
        this.approval = rule.approval();
    }

    private void touch(Instant now, String actor) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    @Override
    public ScopeTarget scopeTarget() {
        return new ScopeTarget(regionCode, districtId == null ? Set.of() : Set.of(districtId), null);
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

    public BodyKind getKind() {
        return kind;
    }

    public @Nullable Department getDepartment() {
        return department;
    }

    public @Nullable Long getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public @Nullable Long getConveningUnitId() {
        return conveningUnitId;
    }

    public boolean isMeetsMonthly() {
        return meetsMonthly;
    }

    public List<BodyMember> getMembers() {
        return List.copyOf(members);
    }

    public Set<Long> getPartyUnits() {
        return Set.copyOf(partyUnits);
    }
}
