package org.xuequ.enrollment.children;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.access.Scoped;
import org.xuequ.platform.audit.AuditMasked;

/**
 * 适龄儿童 registered for one enrollment cycle. Personal data: the ID number is masked in responses
 * and the audit log, and never logged. The district follows from the home block's zone.
 */
@Entity
public class SchoolAgeChild implements Scoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    private long cycleId;

    private String name;

    @AuditMasked
    private String idNumber;

    private LocalDate birthDate;

    private char gender;

    @Enumerated(EnumType.STRING)
    private HukouType hukouType;

    private Long hukouBlockId;

    private String hukouAddress;

    private long residenceBlockId;

    private boolean propertyOwned;

    private Long propertyBlockId;

    private LocalDate propertySince;

    private LocalDate residenceSince;

    private String categories = "";

    private Long siblingUnitId;

    private Long primaryUnitId;

    private Long districtId;

    @AuditMasked
    private String accessCodeHash;

    protected SchoolAgeChild() {}

    SchoolAgeChild(String regionCode, long cycleId) {
        this.regionCode = regionCode;
        this.cycleId = cycleId;
    }

    /** Facts as entered; validated by {@link Children} before they get here. */
    public record Facts(
            String name,
            String idNumber,
            LocalDate birthDate,
            char gender,
            HukouType hukouType,
            Long hukouBlockId,
            String hukouAddress,
            long residenceBlockId,
            boolean propertyOwned,
            Long propertyBlockId,
            LocalDate propertySince,
            LocalDate residenceSince,
            Set<ChildCategory> categories,
            Long siblingUnitId,
            Long primaryUnitId) {

        /** The block that decides the child's zone: 户籍 first, then the property, then where they live. */
        public long zoningBlockId() {
            if (hukouBlockId != null) {
                return hukouBlockId;
            }
            if (propertyOwned && propertyBlockId != null) {
                return propertyBlockId;
            }
            return residenceBlockId;
        }
    }

    /** The columns {@link #factsOf} reads, for bulk reads (draw inputs, demand) that need no entities. */
    public static final String FACTS_COLUMNS = """
            c.name, c.id_number, c.birth_date, c.gender, c.hukou_type, c.hukou_block_id, c.hukou_address,
            c.residence_block_id, c.property_owned, c.property_block_id, c.property_since, c.residence_since,
            c.categories, c.sibling_unit_id, c.primary_unit_id""";

    public static Facts factsOf(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Facts(
                rs.getString("name"),
                rs.getString("id_number"),
                rs.getObject("birth_date", LocalDate.class),
                rs.getString("gender").charAt(0),
                HukouType.valueOf(rs.getString("hukou_type")),
                (Long) rs.getObject("hukou_block_id"),
                rs.getString("hukou_address"),
                rs.getLong("residence_block_id"),
                rs.getBoolean("property_owned"),
                (Long) rs.getObject("property_block_id"),
                rs.getObject("property_since", LocalDate.class),
                rs.getObject("residence_since", LocalDate.class),
                categoriesOf(rs.getString("categories")),
                (Long) rs.getObject("sibling_unit_id"),
                (Long) rs.getObject("primary_unit_id"));
    }

    void record(Facts facts, Long districtId) {
        this.name = facts.name();
        this.idNumber = facts.idNumber();
        this.birthDate = facts.birthDate();
        this.gender = facts.gender();
        this.hukouType = facts.hukouType();
        this.hukouBlockId = facts.hukouBlockId();
        this.hukouAddress = facts.hukouAddress();
        this.residenceBlockId = facts.residenceBlockId();
        this.propertyOwned = facts.propertyOwned();
        this.propertyBlockId = facts.propertyOwned() ? facts.propertyBlockId() : null;
        this.propertySince = facts.propertyOwned() ? facts.propertySince() : null;
        this.residenceSince = facts.residenceSince();
        this.categories = facts.categories().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.siblingUnitId = facts.siblingUnitId();
        this.primaryUnitId = facts.primaryUnitId();
        this.districtId = districtId;
    }

    public Facts facts() {
        return new Facts(
                name,
                idNumber,
                birthDate,
                gender,
                hukouType,
                hukouBlockId,
                hukouAddress,
                residenceBlockId,
                propertyOwned,
                propertyBlockId,
                propertySince,
                residenceSince,
                getCategories(),
                siblingUnitId,
                primaryUnitId);
    }

    void setAccessCodeHash(String hash) {
        this.accessCodeHash = hash;
    }

    String getAccessCodeHash() {
        return accessCodeHash;
    }

    /** Whether the family's access code is this child's (false while none has been issued). */
    public boolean acceptsAccessCode(
            String code, org.springframework.security.crypto.password.PasswordEncoder passwords) {
        return accessCodeHash != null && passwords.matches(code, accessCodeHash);
    }

    /** The block that decides the child's zone: 户籍 first, then the property, then where they live. */
    public long zoningBlockId() {
        return facts().zoningBlockId();
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

    public long getCycleId() {
        return cycleId;
    }

    public String getName() {
        return name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public char getGender() {
        return gender;
    }

    public HukouType getHukouType() {
        return hukouType;
    }

    public Long getHukouBlockId() {
        return hukouBlockId;
    }

    public String getHukouAddress() {
        return hukouAddress;
    }

    public long getResidenceBlockId() {
        return residenceBlockId;
    }

    public boolean isPropertyOwned() {
        return propertyOwned;
    }

    public Long getPropertyBlockId() {
        return propertyBlockId;
    }

    public LocalDate getPropertySince() {
        return propertySince;
    }

    public LocalDate getResidenceSince() {
        return residenceSince;
    }

    public Set<ChildCategory> getCategories() {
        return categoriesOf(categories);
    }

    static Set<ChildCategory> categoriesOf(String joined) {
        Set<ChildCategory> set = EnumSet.noneOf(ChildCategory.class);
        Arrays.stream(joined.split(","))
                .filter(s -> !s.isBlank())
                .map(ChildCategory::valueOf)
                .forEach(set::add);
        return set;
    }

    public Long getSiblingUnitId() {
        return siblingUnitId;
    }

    public Long getPrimaryUnitId() {
        return primaryUnitId;
    }

    public Long getDistrictId() {
        return districtId;
    }
}
