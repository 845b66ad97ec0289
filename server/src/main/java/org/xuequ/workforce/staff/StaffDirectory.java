package org.xuequ.workforce.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.IdNumber;
import org.xuequ.platform.XuequProblem;

/**
 * The staff registry as the rest of the workforce module uses it (rotation, training, research, roles): people by
 * id or unit, registering a person with their first posting, and moving a person to another unit with the posting
 * history kept in step. It checks no caller scope: the calling service has already done so.
 */
@Service
public class StaffDirectory {

    private final StaffRepository staff;
    private final PostingRepository postings;
    private final Clock clock;

    StaffDirectory(StaffRepository staff, PostingRepository postings, Clock clock) {
        this.staff = staff;
        this.postings = postings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Staff get(long id) {
        return staff.findById(id).orElseThrow(() -> XuequProblem.notFound("Staff", id));
    }

    /** The person, locked for the rest of the caller's transaction (checks that sum over a person's rows). */
    @Transactional
    public Staff lock(long id) {
        return staff.lockById(id).orElseThrow(() -> XuequProblem.notFound("Staff", id));
    }

    @Transactional(readOnly = true)
    public Map<Long, Staff> byIds(Collection<Long> ids) {
        return staff.findByIdIn(ids).stream().collect(Collectors.toMap(Staff::getId, Function.identity()));
    }

    /** The active staff of these units, by unit then name. */
    @Transactional(readOnly = true)
    public List<Staff> activeAt(String regionCode, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return staff.findByRegionCodeAndUnitIdInAndStatusOrderByUnitIdAscNameAsc(
                regionCode, unitIds, StaffStatus.ACTIVE);
    }

    /** How many people the unit has on its roll now. */
    @Transactional(readOnly = true)
    public long activeCount(long unitId) {
        return staff.countByUnitIdAndStatus(unitId, StaffStatus.ACTIVE);
    }

    @Transactional(readOnly = true)
    public List<Posting> postings(long staffId) {
        return postings.findByStaffIdOrderByFromDateAscIdAsc(staffId);
    }

    /**
     * Registers a person at a unit with their first posting (from {@code atUnitSince}). The ID number must be valid
     * (400 naming {@code idNumber} otherwise); the same number twice in a region is refused by the database.
     */
    @Transactional
    public Staff register(String regionCode, long unitId, StaffFields fields, PostingReason reason, String actor) {
        String number = IdNumber.normalise(fields.idNumber());
        IdNumber.problem(number).ifPresent(key -> {
            throw XuequProblem.invalid("idNumber", key);
        });
        StaffFields checked = fields.withIdNumber(number);
        LocalDate birth = IdNumber.birthDate(number).orElseThrow();
        Staff person = staff.saveAndFlush(
                new Staff(regionCode, unitId, checked, birth, IdNumber.gender(number), now(), actor));
        postings.save(new Posting(person.getId(), unitId, checked.atUnitSince(), reason, null));
        return person;
    }

    /**
     * Moves a person to another unit from a date: closes the current posting the day before and opens the next.
     * Moving someone to where they already are changes nothing.
     */
    @Transactional
    public Staff move(
            long staffId,
            long toUnitId,
            LocalDate from,
            PostingReason reason,
            @Nullable Long referenceId,
            String actor) {
        Staff person = get(staffId);
        if (person.getUnitId() == toUnitId) {
            return person;
        }
        postings.findByStaffIdAndToDateIsNull(staffId).ifPresent(current -> current.close(from.minusDays(1)));
        postings.flush();
        person.moveTo(toUnitId, from, now(), actor);
        postings.save(new Posting(staffId, toUnitId, from, reason, referenceId));
        return person;
    }

    private Instant now() {
        return clock.instant();
    }
}
