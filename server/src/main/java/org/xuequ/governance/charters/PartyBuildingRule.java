package org.xuequ.governance.charters;

import java.util.List;
import java.util.OptionalInt;

/**
 * Seed 003 §二(二)4: "学区要将党建工作要求纳入章程". A charter passes when one of its lines speaks of party
 * building; the words that count are data, so a bureau's template wording can be added without new code.
 *
 * @param words any of which, on a line, makes that line the party-building clause
 */
public record PartyBuildingRule(List<String> words) {

    public static final PartyBuildingRule DEFAULT = new PartyBuildingRule(List.of("党建", "党的建设", "党组织", "党支部"));

    /** The 1-based number of the first line that speaks of party building; empty when none does. */
    public OptionalInt clause(String text) {
        String[] lines = text == null ? new String[0] : text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (words.stream().anyMatch(line::contains)) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    public boolean passes(String text) {
        return clause(text).isPresent();
    }
}
