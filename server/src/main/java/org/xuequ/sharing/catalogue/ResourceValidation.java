package org.xuequ.sharing.catalogue;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.sharing.catalogue.SharedResource.Details;

/** Checks a resource form field by field and collects every problem, so one answer lists them all. */
public final class ResourceValidation {

    private ResourceValidation() {}

    /**
     * What the console sends; boxed so that a missing field is told apart from zero.
     *
     * @param ownerKind UNIT or INSTITUTION; with ownerId empty too, the caller's own unit or institution
     * @param ownerId the owning unit or institution; see ownerKind
     * @param address empty for the owner's address
     * @param longitude WGS-84 degrees east, 73–136, given together with latitude; empty for the owner's location
     * @param latitude WGS-84 degrees north, 3–54
     * @param kind required (null answers 400 naming the field)
     * @param capacity 1–100,000 people; required (null answers 400 naming the field)
     * @param photoUrls at most 10 http(s) URLs
     * @param closedOnHolidays whether it closes on the holiday list's days off (default true)
     * @param rules empty for the default rules
     * @param status on creation, SHARED to share it at once (otherwise DRAFT); on an edit, a new status or empty
     * @param version required by an edit: the version the editor saw
     */
    public record Form(
            String name,
            @Nullable ResourceKind kind,
            @Nullable OwnerKind ownerKind,
            @Nullable Long ownerId,
            @Nullable String description,
            @Nullable String address,
            @Nullable Double longitude,
            @Nullable Double latitude,
            @Nullable Integer capacity,
            List<String> tags,
            List<String> facilities,
            List<Audience> audiences,
            List<Grade> grades,
            List<String> photoUrls,
            List<OpeningHours> openingHours,
            List<Blackout> blackouts,
            Boolean closedOnHolidays,
            Rules rules,
            @Nullable String contact,
            @Nullable ResourceStatus status,
            Long version) {}

    /**
     * A resource's booking rules; an empty one keeps its default.
     * @param minNoticeHours how long before its start a booking must be made, 0–2160 (default 24)
     * @param maxAdvanceDays how far ahead a booking may start, 1–366 (default 90)
     * @param maxDurationMinutes the longest booking, 15–1440 (default 240)
     * @param monthlyQuota slot-holding bookings one requester may have per calendar month, 1–1000; empty for no limit
     * @param approvalRequired whether bookings wait for the provider's approval (default true)
     */
    public record Rules(
            @Nullable Integer minNoticeHours,
            @Nullable Integer maxAdvanceDays,
            @Nullable Integer maxDurationMinutes,
            @Nullable Integer monthlyQuota,
            Boolean approvalRequired) {}

    static Details validate(Form f, SharedResource.Owner owner) {
        List<FieldProblem> errors = new ArrayList<>();
        text(errors, "name", f.name(), 100, true);
        if (f.kind() == null) {
            errors.add(new FieldProblem("kind", "error.required"));
        }
        text(errors, "description", f.description(), 4000, false);
        text(errors, "address", f.address(), 200, false);
        text(errors, "contact", f.contact(), 100, false);
        if (f.capacity() == null) {
            errors.add(new FieldProblem("capacity", "error.required"));
        } else if (f.capacity() < 1 || f.capacity() > 100_000) {
            errors.add(new FieldProblem("capacity", "error.capacity-range"));
        }
        if ((f.longitude() == null) != (f.latitude() == null)) {
            errors.add(new FieldProblem("latitude", "error.coordinates-pair"));
        } else if (f.longitude() != null) {
            if (f.longitude() < 73 || f.longitude() > 136) {
                errors.add(new FieldProblem("longitude", "error.longitude-china"));
            }
            if (f.latitude() < 3 || f.latitude() > 54) {
                errors.add(new FieldProblem("latitude", "error.latitude-china"));
            }
        }
        words(errors, "tags", f.tags());
        words(errors, "facilities", f.facilities());
        List<String> photos = f.photoUrls() == null ? List.of() : f.photoUrls();
        if (photos.size() > 10) {
            errors.add(new FieldProblem("photoUrls", "error.too-many-10"));
        }
        for (int i = 0; i < photos.size(); i++) {
            String url = photos.get(i);
            if (url == null || !url.matches("^https?://\\S{1,490}$")) {
                errors.add(new FieldProblem("photoUrls[" + i + "]", "error.url"));
            }
        }
        hours(errors, f.openingHours());
        List<Blackout> blackouts = f.blackouts() == null ? List.of() : f.blackouts();
        for (int i = 0; i < blackouts.size(); i++) {
            Blackout b = blackouts.get(i);
            if (b == null || b.from() == null) {
                errors.add(new FieldProblem("blackouts[" + i + "].from", "error.required"));
            } else if (b.to() == null) {
                errors.add(new FieldProblem("blackouts[" + i + "].to", "error.required"));
            } else if (b.to().isBefore(b.from())) {
                errors.add(new FieldProblem("blackouts[" + i + "].to", "error.end-after-start"));
            } else if (b.reason() != null && b.reason().length() > 100) {
                errors.add(new FieldProblem("blackouts[" + i + "].reason", "error.too-long-100"));
            }
        }
        BookingRules rules = rules(errors, f.rules());
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        boolean hasOwnPlace = f.longitude() != null;
        return new Details(
                f.name().strip(),
                f.kind(),
                blank(f.description()),
                blank(f.address()) != null ? blank(f.address()) : owner.address(),
                hasOwnPlace ? f.longitude() : owner.longitude(),
                hasOwnPlace ? f.latitude() : owner.latitude(),
                f.capacity(),
                clean(f.tags()),
                clean(f.facilities()),
                f.audiences() == null
                        ? List.of()
                        : f.audiences().stream().distinct().toList(),
                f.grades() == null
                        ? List.of()
                        : f.grades().stream().distinct().sorted().toList(),
                photos,
                List.copyOf(f.openingHours()),
                List.copyOf(blackouts),
                f.closedOnHolidays() == null || f.closedOnHolidays(),
                rules,
                blank(f.contact()));
    }

    private static void hours(List<FieldProblem> errors, List<OpeningHours> hours) {
        if (hours == null || hours.isEmpty()) {
            errors.add(new FieldProblem("openingHours", "error.required"));
            return;
        }
        for (int i = 0; i < hours.size(); i++) {
            OpeningHours h = hours.get(i);
            String at = "openingHours[" + i + "]";
            if (h == null || h.day() == null) {
                errors.add(new FieldProblem(at + ".day", "error.required"));
            } else if (h.opens() == null) {
                errors.add(new FieldProblem(at + ".opens", "error.required"));
            } else if (h.closes() == null) {
                errors.add(new FieldProblem(at + ".closes", "error.required"));
            } else if (!h.closes().isAfter(h.opens())) {
                errors.add(new FieldProblem(at + ".closes", "error.end-after-start"));
            } else if (!onQuarter(h.opens()) || !onQuarter(h.closes())) {
                errors.add(new FieldProblem(at + ".opens", "error.quarter-hour"));
            }
        }
    }

    private static BookingRules rules(List<FieldProblem> errors, Rules r) {
        BookingRules d = BookingRules.defaults();
        if (r == null) {
            return d;
        }
        int notice = range(errors, "rules.minNoticeHours", r.minNoticeHours(), d.minNoticeHours(), 0, 2160);
        int advance = range(errors, "rules.maxAdvanceDays", r.maxAdvanceDays(), d.maxAdvanceDays(), 1, 366);
        int duration =
                range(errors, "rules.maxDurationMinutes", r.maxDurationMinutes(), d.maxDurationMinutes(), 15, 1440);
        Integer quota =
                r.monthlyQuota() == null ? null : range(errors, "rules.monthlyQuota", r.monthlyQuota(), 0, 1, 1000);
        return new BookingRules(
                notice,
                advance,
                duration,
                quota,
                r.approvalRequired() == null ? d.approvalRequired() : r.approvalRequired());
    }

    private static int range(List<FieldProblem> errors, String field, Integer value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            errors.add(new FieldProblem(field, "error.out-of-range"));
        }
        return value;
    }

    private static void text(List<FieldProblem> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldProblem(field, "error.required"));
            }
        } else if (value.strip().length() > max) {
            errors.add(new FieldProblem(field, "error.too-long-" + max));
        }
    }

    private static void words(List<FieldProblem> errors, String field, List<String> words) {
        if (words == null) {
            return;
        }
        if (words.size() > 20) {
            errors.add(new FieldProblem(field, "error.too-many-20"));
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w == null || w.isBlank() || w.strip().length() > 20) {
                errors.add(new FieldProblem(field + "[" + i + "]", "error.word"));
            }
        }
    }

    private static boolean onQuarter(LocalTime t) {
        return t.getSecond() == 0 && t.getNano() == 0 && t.getMinute() % 15 == 0;
    }

    private static List<String> clean(List<String> words) {
        return words == null
                ? List.of()
                : words.stream().map(String::strip).distinct().toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
