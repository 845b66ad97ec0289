package org.xuequ.supervision.photos;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.Role;
import org.xuequ.supervision.SupervisionScope;

/**
 * Photos taken during an inspection (or a self-supervision): JPEG, PNG or WebP up to {@link #MAX_BYTES}, recognised
 * by content, their metadata (EXIF with any GPS position) dropped before they are stored, bytes behind
 * {@link PhotoStore}. Added while the inspection is a draft, by whoever may write it; read by whoever may read it.
 */
@Service
@Transactional(readOnly = true)
public class Photos {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final PhotoStore store;
    private final SupervisionScope scope;
    private final JdbcClient jdbc;
    private final Clock clock;

    Photos(PhotoStore store, SupervisionScope scope, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A photo's bytes and type, to send back. */
    public record Image(PhotoType type, byte[] bytes) {}

    private record Owner(String regionCode, long districtId, long unitId, String status, String conductedBy) {}

    @Transactional
    public PhotoView add(long inspectionId, @Nullable Long criterionId, byte[] upload) {
        Owner owner = owner(inspectionId);
        requireWriter(owner);
        if (!"DRAFT".equals(owner.status())) {
            throw new XuequProblem(HttpStatus.CONFLICT, "problem.supervision-inspection-submitted");
        }
        if (upload.length == 0) {
            throw XuequProblem.invalid("file", "error.required");
        }
        if (upload.length > MAX_BYTES) {
            throw new XuequProblem(
                    HttpStatus.CONTENT_TOO_LARGE, "problem.supervision-photo-too-large", MAX_BYTES / 1024 / 1024);
        }
        PhotoType type = PhotoType.of(upload)
                .orElseThrow(
                        () -> new XuequProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.supervision-photo-type"));
        byte[] clean;
        try {
            clean = MetadataStripper.strip(type, upload);
        } catch (IllegalArgumentException e) {
            throw XuequProblem.invalid("file", "error.supervision.photo-unreadable");
        }
        if (criterionId != null) {
            boolean ofRubric = jdbc.sql("""
                            select count(*) from supervision_rubric_criterion c
                            join supervision_inspection i on i.rubric_id = c.rubric_id
                            where i.id = :inspection and c.id = :criterion""")
                            .param("inspection", inspectionId)
                            .param("criterion", criterionId)
                            .query(Integer.class)
                            .single()
                    > 0;
            if (!ofRubric) {
                throw XuequProblem.invalid("criterionId", "error.supervision.unknown-criterion");
            }
        }
        String key = store.put(clean);
        long id = jdbc.sql("""
                        insert into supervision_photo
                            (region_code, inspection_id, criterion_id, content_type, size_bytes, sha256, storage_key,
                             created_at, created_by)
                        values (:region, :inspection, :criterion, :type, :size, :sha, :key, :now, :actor)
                        returning id""")
                .param("region", owner.regionCode())
                .param("inspection", inspectionId)
                .param("criterion", criterionId)
                .param("type", type.mediaType())
                .param("size", clean.length)
                .param("sha", sha256(clean))
                .param("key", key)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .param("actor", scope.actor())
                .query(Long.class)
                .single();
        return list(inspectionId).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    /** The inspection's photos, oldest first. */
    public List<PhotoView> list(long inspectionId) {
        requireReader(owner(inspectionId));
        return jdbc.sql("""
                        select id, inspection_id, criterion_id, finding_id, content_type, size_bytes, created_at
                        from supervision_photo where inspection_id = :id order by id""")
                .param("id", inspectionId)
                .query((rs, i) -> new PhotoView(
                        rs.getLong("id"),
                        rs.getLong("inspection_id"),
                        (Long) rs.getObject("criterion_id"),
                        (Long) rs.getObject("finding_id"),
                        rs.getString("content_type"),
                        rs.getInt("size_bytes"),
                        rs.getTimestamp("created_at").toInstant(),
                        "/api/supervision/photos/" + rs.getLong("id")))
                .list();
    }

    public Image image(long photoId) {
        record Row(long inspectionId, String type, String key) {}
        Row row = jdbc.sql("select inspection_id, content_type, storage_key from supervision_photo where id = :id")
                .param("id", photoId)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional()
                .orElseThrow(() -> XuequProblem.notFound("photo", photoId));
        requireReader(owner(row.inspectionId()));
        return new Image(PhotoType.ofMediaType(row.type()).orElseThrow(), store.get(row.key()));
    }

    /** The photo ids of the inspection among those given (what a draft finding may name). */
    public Set<Long> ofInspection(long inspectionId, Collection<Long> photoIds) {
        if (photoIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select id from supervision_photo where inspection_id = :i and id in (:ids)")
                .param("i", inspectionId)
                .param("ids", photoIds)
                .query(Long.class)
                .list());
    }

    /** Criteria of the inspection with at least one photo (evidence for criteria that require it). */
    public Set<Long> criteriaWithPhotos(long inspectionId) {
        return Set.copyOf(
                jdbc.sql("""
                        select distinct criterion_id from supervision_photo
                        where inspection_id = :i and criterion_id is not null""").param("i", inspectionId).query(Long.class).list());
    }

    /** Marks photos as showing a finding (when the inspection is submitted and its findings are recorded). */
    @Transactional
    public void attach(long inspectionId, Collection<Long> photoIds, long findingId) {
        if (photoIds.isEmpty()) {
            return;
        }
        jdbc.sql("update supervision_photo set finding_id = :f where inspection_id = :i and id in (:ids)")
                .param("f", findingId)
                .param("i", inspectionId)
                .param("ids", photoIds)
                .update();
    }

    private Owner owner(long inspectionId) {
        return jdbc.sql("""
                        select region_code, district_id, unit_id, status, conducted_by from supervision_inspection
                        where id = :id""")
                .param("id", inspectionId)
                .query((rs, i) ->
                        new Owner(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5)))
                .optional()
                .orElseThrow(() -> XuequProblem.notFound("inspection", inspectionId));
    }

    private void requireReader(Owner o) {
        scope.requireRead(o.regionCode(), o.districtId(), o.unitId());
        // A unit sees inspectors' work once it is submitted, its own self-supervision always.
        if (scope.is(Role.UNIT) && "INSPECTOR".equals(o.conductedBy()) && "DRAFT".equals(o.status())) {
            throw XuequProblem.notFound("inspection", o.unitId());
        }
    }

    private void requireWriter(Owner o) {
        if ("UNIT".equals(o.conductedBy())) {
            if (scope.ownUnit().filter(u -> u == o.unitId()).isEmpty()) {
                throw new org.xuequ.platform.access.OutOfScopeException();
            }
        } else if (scope.is(Role.INSPECTOR)) {
            scope.requireWritesFor(o.regionCode(), o.unitId());
        } else {
            throw new org.xuequ.platform.access.OutOfScopeException();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
