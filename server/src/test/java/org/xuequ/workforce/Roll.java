package org.xuequ.workforce;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.xuequ.platform.IdNumber;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.workforce.staff.Backbone;
import org.xuequ.workforce.staff.Post;
import org.xuequ.workforce.staff.PostingReason;
import org.xuequ.workforce.staff.Qualification;
import org.xuequ.workforce.staff.Specialism;
import org.xuequ.workforce.staff.Staff;
import org.xuequ.workforce.staff.StaffDirectory;
import org.xuequ.workforce.staff.StaffFields;
import org.xuequ.workforce.staff.Title;

/**
 * People put on a unit's roll for a test, each with a valid ID number of the unit's region that no other person of
 * the test run has (birth dates step one day at a time from a random start).
 */
final class Roll {

    private static final AtomicInteger DAYS =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(5_000));

    private final StaffDirectory directory;

    Roll(StaffDirectory directory) {
        this.directory = directory;
    }

    /** A 语文 teacher with a first-grade title, at the unit since 2015. */
    Staff teacher(EducationUnit unit, String name) {
        return person(unit, name, Post.TEACHER, "CHINESE", Title.FIRST, Backbone.NONE, Specialism.NONE);
    }

    Staff person(
            EducationUnit unit,
            String name,
            Post post,
            String subject,
            Title title,
            Backbone backbone,
            Specialism specialism) {
        LocalDate born = LocalDate.of(1965, 1, 1).plusDays(DAYS.incrementAndGet());
        String first17 =
                unit.getRegionCode() + born.toString().replace("-", "") + "7%02d".formatted(born.getDayOfMonth());
        return directory.register(
                unit.getRegionCode(),
                unit.getId(),
                new StaffFields(
                        null,
                        name,
                        first17 + IdNumber.checkCharacter(first17),
                        post,
                        subject,
                        title == Title.SENIOR ? Qualification.MASTER : Qualification.BACHELOR,
                        title,
                        backbone,
                        specialism,
                        null,
                        LocalDate.of(2015, 9, 1)),
                PostingReason.IMPORTED,
                "test");
    }
}
