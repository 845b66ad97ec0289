package org.xuequ.supervision.plans;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.xuequ.engine.lottery.Lottery;

/**
 * How a random inspection's units and dates are drawn, with the engine's lottery (the same function as the
 * enrollment draw), so anyone holding the published inputs and the revealed seed can replay it:
 * <ul>
 *   <li>each candidate unit's number is {@code Lottery.number(seed, "<unit id>")} — the first 8 bytes of
 *       SHA-256(seed bytes ‖ the unit id in decimal), unsigned; the {@code count} smallest numbers are drawn;</li>
 *   <li>a drawn unit's date is the weekday (Monday–Friday) of the window at index
 *       {@code Lottery.number(seed, "<unit id>/date") mod (weekdays in the window)}.</li>
 * </ul>
 */
public final class DrawRule {

    private DrawRule() {}

    /** A drawn unit: its lottery number (unsigned, decimal) and its visit date. */
    public record Drawn(long unitId, String number, LocalDate date) {}

    /**
     * @param candidates the frozen candidate unit ids (any order; duplicates are ignored)
     * @throws IllegalArgumentException when there are fewer candidates than units to draw, or no weekday
     */
    public static List<Drawn> draw(String seedHex, List<Long> candidates, int count, LocalDate from, LocalDate to) {
        List<Long> units = candidates.stream().distinct().sorted().toList();
        if (count < 1 || count > units.size()) {
            throw new IllegalArgumentException("cannot draw " + count + " of " + units.size() + " units");
        }
        List<LocalDate> weekdays = weekdays(from, to);
        if (weekdays.isEmpty()) {
            throw new IllegalArgumentException("the window has no weekday");
        }
        Lottery lottery = Lottery.ofHexSeed(seedHex);
        record Numbered(long unitId, long number) {}
        List<Numbered> numbered = new ArrayList<>();
        for (long unit : units) {
            numbered.add(new Numbered(unit, lottery.number(Long.toString(unit))));
        }
        numbered.sort((a, b) -> Long.compareUnsigned(a.number(), b.number()));
        List<Drawn> drawn = new ArrayList<>();
        for (Numbered n : numbered.subList(0, count)) {
            long dateNumber = lottery.number(n.unitId() + "/date");
            LocalDate date = weekdays.get((int) Long.remainderUnsigned(dateNumber, weekdays.size()));
            drawn.add(new Drawn(n.unitId(), Long.toUnsignedString(n.number()), date));
        }
        drawn.sort(Comparator.comparing(Drawn::date).thenComparing(Drawn::unitId));
        return drawn;
    }

    static List<LocalDate> weekdays(LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                out.add(d);
            }
        }
        return out;
    }
}
