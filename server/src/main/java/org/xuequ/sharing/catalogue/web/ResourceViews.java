package org.xuequ.sharing.catalogue.web;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.xuequ.platform.access.ScopeDirectory;
import org.xuequ.sharing.catalogue.Blackout;
import org.xuequ.sharing.catalogue.BookingRules;
import org.xuequ.sharing.catalogue.OpeningHours;
import org.xuequ.sharing.catalogue.OwnerKind;
import org.xuequ.sharing.catalogue.ResourceAccess;
import org.xuequ.sharing.catalogue.ResourceKind;
import org.xuequ.sharing.catalogue.ResourceStatus;
import org.xuequ.sharing.catalogue.SharedResource;

/** JSON shapes of resources (API.md: ResourceCard, ResourceDetail); search and recommendations show cards too. */
@Component
public class ResourceViews {

    private final ScopeDirectory directory;
    private final ResourceAccess access;

    ResourceViews(ScopeDirectory directory, ResourceAccess access) {
        this.directory = directory;
        this.access = access;
    }

    /**
     * A shared resource (共享资源) as a search result or list entry.
     * @param ownerName the unit or institution that provides it
     * @param districtId the provider's district; null when none
     * @param districtName null when there is no district
     * @param address null when not given
     * @param longitude WGS-84 degrees east; null when not located
     * @param latitude WGS-84 degrees north; null when not located
     * @param photoUrl the first photo; null when there is none
     * @param approvalRequired whether a booking waits for the provider's approval
     * @param rating average stars to one decimal; null before the first rating
     * @param distanceKm kilometres from the search's origin; null without one
     * @param score the text search's relevance; null unless searched by text
     */
    public record Card(
            long id,
            String name,
            ResourceKind kind,
            ResourceStatus status,
            OwnerKind ownerKind,
            Long ownerId,
            String ownerName,
            @Nullable Long districtId,
            @Nullable String districtName,
            @Nullable String address,
            @Nullable Double longitude,
            @Nullable Double latitude,
            int capacity,
            List<String> tags,
            List<String> facilities,
            List<String> audiences,
            List<String> grades,
            @Nullable String photoUrl,
            boolean approvalRequired,
            @Nullable Double rating,
            int ratingCount,
            @Nullable Double distanceKm,
            @Nullable Float score) {}

    /**
     * A shared resource with everything needed to book it or edit it.
     * @param version the row version; send it back with an edit (a stale one answers 409)
     * @param description null when not given
     * @param address null when not given
     * @param longitude WGS-84 degrees east; null when not located
     * @param latitude WGS-84 degrees north; null when not located
     * @param districtId the provider's district; null when none
     * @param districtName null when there is no district
     * @param closedOnHolidays whether the resource closes on the days off of the holiday list
     * @param contact null when not given
     * @param rating average stars to one decimal; null before the first rating
     * @param canManage whether the caller may edit it and decide its bookings
     * @param canBook whether the caller may book it
     */
    record Detail(
            long id,
            long version,
            String regionCode,
            String name,
            ResourceKind kind,
            ResourceStatus status,
            OwnerKind ownerKind,
            Long ownerId,
            String ownerName,
            @Nullable Long districtId,
            @Nullable String districtName,
            @Nullable String description,
            @Nullable String address,
            @Nullable Double longitude,
            @Nullable Double latitude,
            int capacity,
            List<String> tags,
            List<String> facilities,
            List<String> audiences,
            List<String> grades,
            List<String> photoUrls,
            List<OpeningHours> openingHours,
            List<Blackout> blackouts,
            boolean closedOnHolidays,
            BookingRules rules,
            @Nullable String contact,
            @Nullable Double rating,
            int ratingCount,
            boolean approvalRequired,
            boolean canManage,
            boolean canBook,
            Instant createdAt,
            Instant updatedAt) {}

    /**
     * District names change only when the registry renames a district, yet every search page shows
     * several: they are kept in memory for a minute instead of being read per request.
     */
    private static final Duration NAME_TTL = Duration.ofMinutes(1);

    private record CachedName(String name, long loadedAt) {}

    private final Map<Long, CachedName> districtNames = new ConcurrentHashMap<>();

    /** District names looked up once per response, at most once a minute across responses. */
    public Names names() {
        return new Names();
    }

    public final class Names {
        private final Map<Long, String> cache = new HashMap<>();

        public String of(Long districtId) {
            return districtId == null ? null : cache.computeIfAbsent(districtId, ResourceViews.this::districtName);
        }
    }

    private String districtName(long districtId) {
        long now = System.nanoTime();
        CachedName cached = districtNames.get(districtId);
        if (cached == null || now - cached.loadedAt() > NAME_TTL.toNanos()) {
            cached = new CachedName(directory.nameOfDistrict(districtId).orElse(null), now);
            districtNames.put(districtId, cached);
        }
        return cached.name();
    }

    public Card card(SharedResource r, Names names, Double distanceKm, Float score) {
        List<String> photos = r.getPhotoUrls();
        return new Card(
                r.getId(),
                r.getName(),
                r.getKind(),
                r.getStatus(),
                r.getOwnerKind(),
                r.getOwnerId(),
                r.getOwnerName(),
                r.getDistrictId(),
                names.of(r.getDistrictId()),
                r.getAddress(),
                r.getLongitude(),
                r.getLatitude(),
                r.getCapacity(),
                r.getTags(),
                r.getFacilities(),
                r.getAudiences(),
                r.getGrades(),
                photos.isEmpty() ? null : photos.get(0),
                r.getRules().approvalRequired(),
                r.getRating(),
                r.getRatingCount(),
                distanceKm,
                score);
    }

    Detail detail(SharedResource r, boolean canBook) {
        return new Detail(
                r.getId(),
                r.getVersion(),
                r.getRegionCode(),
                r.getName(),
                r.getKind(),
                r.getStatus(),
                r.getOwnerKind(),
                r.getOwnerId(),
                r.getOwnerName(),
                r.getDistrictId(),
                names().of(r.getDistrictId()),
                r.getDescription(),
                r.getAddress(),
                r.getLongitude(),
                r.getLatitude(),
                r.getCapacity(),
                r.getTags(),
                r.getFacilities(),
                r.getAudiences(),
                r.getGrades(),
                r.getPhotoUrls(),
                r.getOpeningHours(),
                r.getBlackouts(),
                r.isClosedOnHolidays(),
                r.getRules(),
                r.getContact(),
                r.getRating(),
                r.getRatingCount(),
                r.getRules().approvalRequired(),
                access.canManage(r),
                canBook && r.isShared(),
                r.getCreatedAt(),
                r.getUpdatedAt());
    }
}
