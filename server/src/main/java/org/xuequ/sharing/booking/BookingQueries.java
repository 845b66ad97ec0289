package org.xuequ.sharing.booking;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.sharing.calendar.OpeningCalendar;
import org.xuequ.sharing.catalogue.ResourceAccess;
import org.xuequ.sharing.catalogue.SharedResource;
import org.xuequ.sharing.catalogue.SharedResource_;
import org.xuequ.sharing.parties.Parties;

/** Booking lists: the caller's own (as requester) and those on resources the caller manages. */
@Service
@Transactional(readOnly = true)
public class BookingQueries {

    private static final ZoneId ZONE = OpeningCalendar.ZONE;

    private final BookingRepository bookings;
    private final Parties parties;
    private final ResourceAccess access;

    BookingQueries(BookingRepository bookings, Parties parties, ResourceAccess access) {
        this.bookings = bookings;
        this.parties = parties;
        this.access = access;
    }

    public enum View {
        MINE,
        MANAGED;

        public static View parse(String value) {
            try {
                return valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw XuequProblem.invalid("view", "error.malformed");
            }
        }
    }

    public Page<Booking> list(
            View view, BookingStatus status, Long resourceId, LocalDate from, LocalDate to, Pageable pageable) {
        Specification<Booking> spec;
        if (view == View.MINE) {
            String key = parties.current().key();
            spec = (root, query, cb) -> cb.equal(root.get(Booking_.requesterKey), key);
        } else {
            spec = (root, query, cb) -> {
                Subquery<Long> managed = query.subquery(Long.class);
                Root<SharedResource> r = managed.from(SharedResource.class);
                managed.select(r.get(SharedResource_.id)).where(access.managedPredicate(r, cb, managed));
                return root.get(Booking_.resourceId).in(managed);
            };
        }
        if (status != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get(Booking_.status), status));
        }
        if (resourceId != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get(Booking_.resourceId), resourceId));
        }
        if (from != null) {
            spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(
                    root.get(Booking_.startsAt), from.atStartOfDay(ZONE).toInstant()));
        }
        if (to != null) {
            spec = spec.and((root, query, cb) -> cb.lessThan(
                    root.get(Booking_.startsAt),
                    to.plusDays(1).atStartOfDay(ZONE).toInstant()));
        }
        // Approvers work through pending requests oldest first; everything else newest first.
        Sort sort = view == View.MANAGED && status == BookingStatus.REQUESTED
                ? Sort.by("startsAt").ascending()
                : Sort.by("startsAt").descending();
        return bookings.findAll(
                spec, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort.and(Sort.by("id"))));
    }
}
