package org.xuequ.registry.units;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.access.Scoped;
import org.xuequ.registry.EntryGrade;
import org.xuequ.registry.Ownership;
import org.xuequ.registry.UnitType;

/** 教育单位, the "N" of 1+1+N+X: a school, kindergarten or other unit in a region. */
@Entity
public class EducationUnit implements Scoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    private String name;

    @Enumerated(EnumType.STRING)
    private UnitType type;

    @Enumerated(EnumType.STRING)
    private Ownership ownership;

    private String qualityGrade;

    private String address;

    private String subdistrictCode;

    /** The district it belongs to now; the registry issue adds memberships by year and kind. */
    private Long districtId;

    private BigDecimal longitude;

    private BigDecimal latitude;

    /** Most units are legal persons; some (branch campuses, 分园) are not. */
    private boolean legalPerson = true;

    private Long educationGroupId;

    @ElementCollection
    @CollectionTable(name = "unit_seats", joinColumns = @JoinColumn(name = "unit_id"))
    private Set<SeatQuota> seats = new HashSet<>();

    /** 对口直升 from this (primary) unit. */
    @ElementCollection
    @CollectionTable(name = "feeder_link", joinColumns = @JoinColumn(name = "primary_unit_id"))
    private Set<FeederLink> feederLinks = new HashSet<>();

    /** 学位: seats offered in an entry grade in one school year. */
    @Embeddable
    public record SeatQuota(
            @Column(name = "school_year") int year,
            @Enumerated(EnumType.STRING) EntryGrade entryGrade,
            int seats) {}

    /** 对口直升: this primary school's graduates go on to the junior school from a school year on. */
    @Embeddable
    public record FeederLink(Long juniorUnitId, int sinceYear) {}

    protected EducationUnit() {}

    public EducationUnit(String regionCode, UnitDetails details) {
        this.regionCode = regionCode;
        apply(details);
    }

    /** The editable facts of a unit, validated by {@code EducationUnits} before they get here. */
    public record UnitDetails(
            String name,
            UnitType type,
            Ownership ownership,
            String qualityGrade,
            String address,
            String subdistrictCode,
            Long districtId,
            BigDecimal longitude,
            BigDecimal latitude) {}

    /**
     * An edit by the unit's own staff may change the address text and nothing else; checked before
     * the edit is validated, so that a refused edit is refused whatever else is wrong with it.
     *
     * @throws StructuralChangeRefused naming every {@link StructuralField} the edit would change
     */
    void checkEditByItsOwnStaff(UnitDetails details) {
        Set<StructuralField> changed = structuralFieldsChangedBy(details);
        if (!changed.isEmpty()) {
            throw new StructuralChangeRefused(changed);
        }
    }

    /** The fields of {@code details} that differ from this unit and shape districts, zones or the draw. */
    Set<StructuralField> structuralFieldsChangedBy(UnitDetails details) {
        Set<StructuralField> changed = EnumSet.noneOf(StructuralField.class);
        if (!Objects.equals(name, details.name())) changed.add(StructuralField.NAME);
        if (type != details.type()) changed.add(StructuralField.TYPE);
        if (ownership != details.ownership()) changed.add(StructuralField.OWNERSHIP);
        if (!Objects.equals(qualityGrade, details.qualityGrade())) changed.add(StructuralField.QUALITY_GRADE);
        if (!Objects.equals(subdistrictCode, details.subdistrictCode())) changed.add(StructuralField.SUBDISTRICT);
        if (!Objects.equals(districtId, details.districtId())) changed.add(StructuralField.DISTRICT);
        if (!sameNumber(longitude, details.longitude())) changed.add(StructuralField.LONGITUDE);
        if (!sameNumber(latitude, details.latitude())) changed.add(StructuralField.LATITUDE);
        return changed;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    void apply(UnitDetails details) {
        this.name = details.name();
        this.type = details.type();
        this.ownership = details.ownership();
        this.qualityGrade = details.qualityGrade();
        this.address = details.address();
        this.subdistrictCode = details.subdistrictCode();
        this.districtId = details.districtId();
        this.longitude = details.longitude();
        this.latitude = details.latitude();
    }

    void offerSeats(int year, EntryGrade grade, int count) {
        seats.removeIf(q -> q.year() == year && q.entryGrade() == grade);
        seats.add(new SeatQuota(year, grade, count));
    }

    void feedInto(long juniorUnitId, int sinceYear) {
        feederLinks.add(new FeederLink(juniorUnitId, sinceYear));
    }

    void joinGroup(Long groupId) {
        this.educationGroupId = groupId;
    }

    void declareLegalPerson(boolean legalPerson) {
        this.legalPerson = legalPerson;
    }

    public boolean isLegalPerson() {
        return legalPerson;
    }

    public Long getEducationGroupId() {
        return educationGroupId;
    }

    /** Lazy: read inside a transaction. */
    public Set<SeatQuota> getSeats() {
        return Set.copyOf(seats);
    }

    public Set<FeederLink> getFeederLinks() {
        return Set.copyOf(feederLinks);
    }

    @Override
    public ScopeTarget scopeTarget() {
        return new ScopeTarget(regionCode, districtId == null ? Set.of() : Set.of(districtId), id);
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

    public String getName() {
        return name;
    }

    public UnitType getType() {
        return type;
    }

    public Ownership getOwnership() {
        return ownership;
    }

    public String getQualityGrade() {
        return qualityGrade;
    }

    public String getAddress() {
        return address;
    }

    public String getSubdistrictCode() {
        return subdistrictCode;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }
}
