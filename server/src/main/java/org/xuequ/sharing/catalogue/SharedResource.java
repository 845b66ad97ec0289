package org.xuequ.sharing.catalogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.access.Scoped;

/**
 * 共享资源: a venue, course, expert, lab, practice base or piece of equipment offered for booking.
 * Every field of a search result card is projectable, so that search answers from the index alone.
 */
@Entity
@Table(name = "sharing_resource")
@Indexed(index = "sharing_resource")
@GeoPointBinding(fieldName = "location", sortable = Sortable.YES)
public class SharedResource implements Scoped {

    /** Analyzer names, defined in the sharing module's Lucene analysis configurer. */
    public static final String CHINESE = "chinese";

    public static final String BIGRAM = "cjk_bigram";

    public static final String BIGRAM_QUERY = "cjk_bigram_query";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @KeywordField
    private String regionCode;

    @GenericField(projectable = Projectable.YES)
    private Long districtId;

    @Enumerated(EnumType.STRING)
    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    private OwnerKind ownerKind;

    private Long ownerUnitId;

    private Long ownerInstitutionId;

    @FullTextField(analyzer = CHINESE, projectable = Projectable.YES)
    private String ownerName;

    @Enumerated(EnumType.STRING)
    @KeywordField(projectable = Projectable.YES)
    private ResourceKind kind;

    @FullTextField(analyzer = CHINESE, projectable = Projectable.YES)
    @FullTextField(name = "nameBigram", analyzer = BIGRAM, searchAnalyzer = BIGRAM_QUERY)
    private String name;

    @FullTextField(analyzer = CHINESE)
    private String description;

    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    private String address;

    @Longitude
    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    private Double longitude;

    @Latitude
    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    private Double latitude;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private int capacity;

    @FullTextField(analyzer = CHINESE, projectable = Projectable.YES)
    private String[] tags = new String[0];

    @FullTextField(analyzer = CHINESE, projectable = Projectable.YES)
    private String[] facilities = new String[0];

    @KeywordField(projectable = Projectable.YES)
    private String[] audiences = new String[0];

    @KeywordField(projectable = Projectable.YES)
    private String[] grades = new String[0];

    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    private String[] photoUrls = new String[0];

    @ElementCollection
    @CollectionTable(name = "sharing_opening_hours", joinColumns = @JoinColumn(name = "resource_id"))
    private List<OpeningHours> openingHours = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "sharing_blackout", joinColumns = @JoinColumn(name = "resource_id"))
    private List<Blackout> blackouts = new ArrayList<>();

    @GenericField
    private boolean closedOnHolidays = true;

    @Embedded
    private BookingRules rules = BookingRules.defaults();

    private String contact;

    @Enumerated(EnumType.STRING)
    @KeywordField(projectable = Projectable.YES)
    private ResourceStatus status = ResourceStatus.DRAFT;

    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    private int ratingSum;

    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    private int ratingCount;

    private Instant createdAt;

    private Instant updatedAt;

    protected SharedResource() {}

    /** Where a resource sits and who offers it; fixed at creation. */
    public record Owner(
            OwnerKind kind,
            Long unitId,
            Long institutionId,
            String name,
            String regionCode,
            Long districtId,
            Double longitude,
            Double latitude,
            String address) {}

    /** The editable facts, validated by {@link ResourceValidation} before they get here. */
    public record Details(
            String name,
            ResourceKind kind,
            String description,
            String address,
            Double longitude,
            Double latitude,
            int capacity,
            List<String> tags,
            List<String> facilities,
            List<Audience> audiences,
            List<Grade> grades,
            List<String> photoUrls,
            List<OpeningHours> openingHours,
            List<Blackout> blackouts,
            boolean closedOnHolidays,
            BookingRules rules,
            String contact) {}

    /** A new resource is shared at once when its manager asks for that, and a draft otherwise. */
    SharedResource(Owner owner, Details details, ResourceStatus requested, Instant now) {
        this.ownerKind = owner.kind();
        this.ownerUnitId = owner.unitId();
        this.ownerInstitutionId = owner.institutionId();
        this.ownerName = owner.name();
        this.regionCode = owner.regionCode();
        this.districtId = owner.districtId();
        this.status = requested == ResourceStatus.SHARED ? ResourceStatus.SHARED : ResourceStatus.DRAFT;
        this.createdAt = now;
        apply(details, now);
    }

    void apply(Details d, Instant now) {
        name = d.name();
        kind = d.kind();
        description = d.description();
        address = d.address();
        longitude = d.longitude();
        latitude = d.latitude();
        capacity = d.capacity();
        tags = d.tags().toArray(String[]::new);
        facilities = d.facilities().toArray(String[]::new);
        audiences = d.audiences().stream().map(Enum::name).toArray(String[]::new);
        grades = d.grades().stream().map(Enum::name).toArray(String[]::new);
        photoUrls = d.photoUrls().toArray(String[]::new);
        openingHours.clear();
        openingHours.addAll(d.openingHours());
        blackouts.clear();
        blackouts.addAll(d.blackouts());
        closedOnHolidays = d.closedOnHolidays();
        rules = d.rules();
        contact = d.contact();
        updatedAt = now;
    }

    /**
     * Managers move a resource freely between draft, shared, suspended and retired (a suspended
     * one may be shared again); what the status decides is who sees it and whether it takes bookings.
     */
    void changeStatus(ResourceStatus status, Instant now) {
        this.status = status;
        updatedAt = now;
    }

    /** Shared resources are seen by everyone signed in and take bookings; the others only their managers see. */
    public boolean isShared() {
        return status == ResourceStatus.SHARED;
    }

    public void rate(int stars) {
        ratingSum += stars;
        ratingCount++;
    }

    /** Average rating shrunk towards 3.5 by two phantom votes, so one 5-star review does not top the list. */
    @GenericField(name = "ratingRank", sortable = Sortable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "ratingSum")),
                @ObjectPath(@PropertyValue(propertyName = "ratingCount"))
            })
    public double getRatingRank() {
        return (ratingSum + 7.0) / (ratingCount + 2.0);
    }

    /** Quarter-hours of the week (0 = Monday 00:00) during which the resource is open; for "free in a range". */
    @GenericField(name = "openQuarters")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "openingHours")))
    public List<Integer> getOpenQuarters() {
        return OpeningHours.openQuarters(openingHours);
    }

    @GenericField(name = "blackoutDays")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "blackouts")))
    public List<LocalDate> getBlackoutDays() {
        List<LocalDate> days = new ArrayList<>();
        for (Blackout b : blackouts) {
            for (LocalDate d = b.from(); !d.isAfter(b.to()) && days.size() < 1000; d = d.plusDays(1)) {
                days.add(d);
            }
        }
        return days;
    }

    /**
     * Bumped whenever the indexed fields change: an index whose documents carry another number was
     * built by an older mapping and is rebuilt at start-up (see IndexOnStartup).
     */
    public static final int INDEX_MAPPING_VERSION = 2;

    @GenericField(name = "mappingVersion", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public int getIndexMappingVersion() {
        return INDEX_MAPPING_VERSION;
    }

    /** Indexed for search result cards. */
    @GenericField(name = "approvalRequired", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "rules")))
    public boolean isApprovalRequired() {
        return rules.approvalRequired();
    }

    @Override
    public ScopeTarget scopeTarget() {
        return new ScopeTarget(regionCode, districtId == null ? Set.of() : Set.of(districtId), ownerUnitId);
    }

    public Double getRating() {
        return rating(ratingSum, ratingCount);
    }

    /** Average stars to one decimal, null before the first rating. */
    public static Double rating(int sum, int count) {
        return count == 0 ? null : Math.round(sum * 10.0 / count) / 10.0;
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

    public Long getDistrictId() {
        return districtId;
    }

    public OwnerKind getOwnerKind() {
        return ownerKind;
    }

    public Long getOwnerUnitId() {
        return ownerUnitId;
    }

    public Long getOwnerInstitutionId() {
        return ownerInstitutionId;
    }

    @GenericField(name = "ownerId", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "ownerKind")),
                @ObjectPath(@PropertyValue(propertyName = "ownerUnitId")),
                @ObjectPath(@PropertyValue(propertyName = "ownerInstitutionId"))
            })
    public Long getOwnerId() {
        return ownerKind == OwnerKind.UNIT ? ownerUnitId : ownerInstitutionId;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getAddress() {
        return address;
    }

    public Double getLongitude() {
        return longitude;
    }

    public Double getLatitude() {
        return latitude;
    }

    public int getCapacity() {
        return capacity;
    }

    public List<String> getTags() {
        return List.of(tags);
    }

    public List<String> getFacilities() {
        return List.of(facilities);
    }

    public List<String> getAudiences() {
        return List.of(audiences);
    }

    public List<String> getGrades() {
        return List.of(grades);
    }

    public List<String> getPhotoUrls() {
        return List.of(photoUrls);
    }

    /** Lazy: read inside a transaction. */
    public List<OpeningHours> getOpeningHours() {
        return List.copyOf(openingHours);
    }

    public List<Blackout> getBlackouts() {
        return List.copyOf(blackouts);
    }

    public boolean isClosedOnHolidays() {
        return closedOnHolidays;
    }

    public BookingRules getRules() {
        return rules;
    }

    public String getContact() {
        return contact;
    }

    public ResourceStatus getStatus() {
        return status;
    }

    public int getRatingCount() {
        return ratingCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
