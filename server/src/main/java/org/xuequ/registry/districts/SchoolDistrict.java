package org.xuequ.registry.districts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.access.Scoped;
import org.xuequ.registry.DistrictKind;

/** 学区: a group of education units covering one or more subdistricts of a region. */
@Entity
public class SchoolDistrict implements Scoped {

    public enum Status {
        ACTIVE,
        DISSOLVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    private String name;

    @Enumerated(EnumType.STRING)
    private DistrictKind kind;

    /** Seed 000: the office sits in the first subdistrict named in the district's name. */
    private String officeSubdistrictCode;

    @Enumerated(EnumType.STRING)
    private Status status = Status.ACTIVE;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "school_district_subdistrict", joinColumns = @JoinColumn(name = "district_id"))
    @Column(name = "subdistrict_code")
    @OrderColumn(name = "position")
    private List<String> subdistrictCodes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "district_council_member", joinColumns = @JoinColumn(name = "district_id"))
    @OrderColumn(name = "position")
    private List<DistrictPeople.CouncilMember> councilMembers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "district_committee_department", joinColumns = @JoinColumn(name = "district_id"))
    @OrderColumn(name = "position")
    private List<DistrictPeople.CommitteeDepartment> committeeDepartments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "district_office_staff", joinColumns = @JoinColumn(name = "district_id"))
    @OrderColumn(name = "position")
    private List<DistrictPeople.OfficeStaff> officeStaff = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "district_position", joinColumns = @JoinColumn(name = "district_id"))
    @OrderColumn(name = "position")
    private List<DistrictPeople.Position> positions = new ArrayList<>();

    protected SchoolDistrict() {}

    public SchoolDistrict(
            String regionCode,
            String name,
            DistrictKind kind,
            List<String> subdistrictCodes,
            String officeSubdistrictCode) {
        this.regionCode = regionCode;
        this.name = name;
        this.kind = kind;
        this.subdistrictCodes.addAll(subdistrictCodes);
        this.officeSubdistrictCode = officeSubdistrictCode;
    }

    /** Re-forms the district (seed 000: 7 → 11 → 12 districts); memberships keep the history. */
    void revise(String name, List<String> subdistrictCodes, String officeSubdistrictCode, Status status) {
        this.name = name;
        this.subdistrictCodes.clear();
        this.subdistrictCodes.addAll(subdistrictCodes);
        this.officeSubdistrictCode = officeSubdistrictCode;
        this.status = status;
    }

    public long getVersion() {
        return version;
    }

    void replaceCouncil(List<DistrictPeople.CouncilMember> members) {
        councilMembers.clear();
        councilMembers.addAll(members);
    }

    void replaceCommitteeDepartments(List<DistrictPeople.CommitteeDepartment> departments) {
        committeeDepartments.clear();
        committeeDepartments.addAll(departments);
    }

    void replaceOfficeStaff(List<DistrictPeople.OfficeStaff> staff) {
        officeStaff.clear();
        officeStaff.addAll(staff);
    }

    void replacePositions(List<DistrictPeople.Position> newPositions) {
        positions.clear();
        positions.addAll(newPositions);
    }

    /** Lazy collections: read them inside a transaction (services copy them out). */
    public List<DistrictPeople.CouncilMember> getCouncilMembers() {
        return List.copyOf(councilMembers);
    }

    public List<DistrictPeople.CommitteeDepartment> getCommitteeDepartments() {
        return List.copyOf(committeeDepartments);
    }

    public List<DistrictPeople.OfficeStaff> getOfficeStaff() {
        return List.copyOf(officeStaff);
    }

    public List<DistrictPeople.Position> getPositions() {
        return List.copyOf(positions);
    }

    @Override
    public ScopeTarget scopeTarget() {
        return ScopeTarget.district(regionCode, id);
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

    public DistrictKind getKind() {
        return kind;
    }

    public String getOfficeSubdistrictCode() {
        return officeSubdistrictCode;
    }

    public Status getStatus() {
        return status;
    }

    public List<String> getSubdistrictCodes() {
        return List.copyOf(subdistrictCodes);
    }
}
