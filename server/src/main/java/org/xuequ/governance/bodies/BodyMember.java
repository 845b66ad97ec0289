package org.xuequ.governance.bodies;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A member of a body and whom they represent. A member tied to a unit ({@code unitId}) acts through that unit's
 * accounts; one with a {@code username} through that account (an institution's representative on the council).
 */
@Entity
@Table(name = "governance_member")
public class BodyMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;
    private String personName;

    @Enumerated(EnumType.STRING)
    private RepresentativeKind kind;

    @Enumerated(EnumType.STRING)
    private MemberRole role;

    @Nullable
    private Long unitId;

    @Nullable
    private String organisation;

    @Nullable
    private String title;

    @Nullable
    private String username;

    protected BodyMember() {}

    BodyMember(int position, MemberFields fields) {
        this.position = position;
        revise(fields);
    }

    void revise(MemberFields f) {
        this.personName = f.personName().strip();
        this.kind = f.kind();
        this.role = f.role() == null ? MemberRole.MEMBER : f.role();
        this.unitId = f.unitId();
        this.organisation = blankToNull(f.organisation());
        this.title = blankToNull(f.title());
        this.username = blankToNull(f.username());
    }

    public MemberFields fields() {
        return new MemberFields(personName, kind, role, unitId, organisation, title, username);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getPersonName() {
        return personName;
    }

    public RepresentativeKind getKind() {
        return kind;
    }

    public MemberRole getRole() {
        return role;
    }

    public @Nullable Long getUnitId() {
        return unitId;
    }

    public @Nullable String getUsername() {
        return username;
    }
}
