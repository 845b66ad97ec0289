package org.xuequ.sharing.catalogue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Resources built in memory, for rule tests that need neither Spring nor a database. */
public final class ResourceFixture {

    private static final Instant CREATED = Instant.parse("2026-01-05T00:00:00Z");

    private int capacity = 100;
    private BookingRules rules = BookingRules.defaults();
    private final List<OpeningHours> hours = new ArrayList<>();
    private final List<Blackout> blackouts = new ArrayList<>();
    private boolean closedOnHolidays = true;
    private ResourceStatus status = ResourceStatus.SHARED;

    private ResourceFixture() {}

    /** A shared venue of a unit, closed every day until it is given opening hours. */
    public static ResourceFixture venue() {
        return new ResourceFixture();
    }

    public ResourceFixture capacity(int seats) {
        this.capacity = seats;
        return this;
    }

    public ResourceFixture rules(
            int minNoticeHours,
            int maxAdvanceDays,
            int maxDurationMinutes,
            Integer monthlyQuota,
            boolean approvalRequired) {
        this.rules =
                new BookingRules(minNoticeHours, maxAdvanceDays, maxDurationMinutes, monthlyQuota, approvalRequired);
        return this;
    }

    public ResourceFixture approvalRequired(boolean required) {
        this.rules = new BookingRules(
                rules.minNoticeHours(),
                rules.maxAdvanceDays(),
                rules.maxDurationMinutes(),
                rules.monthlyQuota(),
                required);
        return this;
    }

    public ResourceFixture openEveryDay(String opens, String closes) {
        for (DayOfWeek d : DayOfWeek.values()) {
            open(d, opens, closes);
        }
        return this;
    }

    public ResourceFixture open(DayOfWeek day, String opens, String closes) {
        hours.add(new OpeningHours(day, LocalTime.parse(opens), LocalTime.parse(closes)));
        return this;
    }

    public ResourceFixture blackout(LocalDate from, LocalDate to, String reason) {
        blackouts.add(new Blackout(from, to, reason));
        return this;
    }

    public ResourceFixture openOnHolidays() {
        this.closedOnHolidays = false;
        return this;
    }

    public ResourceFixture status(ResourceStatus status) {
        this.status = status;
        return this;
    }

    public SharedResource build() {
        SharedResource.Owner owner =
                new SharedResource.Owner(OwnerKind.UNIT, 1L, null, "测试小学", "110102", 7L, 116.36, 39.91, "西城区测试路 1 号");
        SharedResource.Details details = new SharedResource.Details(
                "测试礼堂",
                ResourceKind.VENUE,
                null,
                null,
                null,
                null,
                capacity,
                List.of(),
                List.of(),
                List.of(Audience.STUDENTS),
                List.of(),
                List.of(),
                List.copyOf(hours),
                List.copyOf(blackouts),
                closedOnHolidays,
                rules,
                null);
        SharedResource resource = new SharedResource(owner, details, ResourceStatus.SHARED, CREATED);
        if (status != ResourceStatus.SHARED) {
            resource.changeStatus(status, CREATED);
        }
        return resource;
    }
}
