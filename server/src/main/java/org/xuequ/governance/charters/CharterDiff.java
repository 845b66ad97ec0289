package org.xuequ.governance.charters;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A line-based diff between two versions of a charter (java-diff-utils' Myers diff), as the whole text with each
 * line marked: unchanged lines carry both line numbers, deleted ones the old, inserted ones the new.
 *
 * @param inserted lines only in the newer version
 * @param deleted lines only in the older version
 */
public record CharterDiff(int fromNumber, int toNumber, int inserted, int deleted, List<Line> lines) {

    public enum Kind {
        EQUAL,
        DELETED,
        INSERTED
    }

    /** One line of the diff; {@code oldLine}/{@code newLine} are 1-based, null where the line is not in that version. */
    public record Line(
            Kind kind, @Nullable Integer oldLine, @Nullable Integer newLine, String text) {}

    public static CharterDiff between(int fromNumber, String from, int toNumber, String to) {
        List<String> a = lines(from);
        List<String> b = lines(to);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        int inserted = 0;
        int deleted = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int source = delta.getSource().getPosition();
            while (i < source) {
                out.add(new Line(Kind.EQUAL, i + 1, j + 1, a.get(i)));
                i++;
                j++;
            }
            for (String line : delta.getSource().getLines()) {
                out.add(new Line(Kind.DELETED, ++i, null, line));
                deleted++;
            }
            for (String line : delta.getTarget().getLines()) {
                out.add(new Line(Kind.INSERTED, null, ++j, line));
                inserted++;
            }
        }
        while (i < a.size()) {
            out.add(new Line(Kind.EQUAL, i + 1, j + 1, a.get(i)));
            i++;
            j++;
        }
        return new CharterDiff(fromNumber, toNumber, inserted, deleted, out);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\\R", -1));
    }
}
