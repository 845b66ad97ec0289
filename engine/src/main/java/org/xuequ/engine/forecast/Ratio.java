package org.xuequ.engine.forecast;

import java.util.List;

/**
 * The progression ratio from {@code fromGrade} to {@code toGrade} = fromGrade + 1 and the observed
 * transitions it averages, oldest first: every figure of a forecast can be traced to its inputs.
 */
public record Ratio(int fromGrade, int toGrade, double value, ProgressionMethod method, List<Transition> transitions) {

    public Ratio {
        transitions = List.copyOf(transitions);
    }

    /** e.g. {@code ratio 1→2 = 0.967836 = mean of 88/90 (2021→2022), 91/95 (2022→2023)}. */
    public String describe() {
        StringBuilder text = new StringBuilder()
                .append("ratio ")
                .append(fromGrade)
                .append("→")
                .append(toGrade)
                .append(" = ")
                .append(Figures.format(value))
                .append(" = ")
                .append(method.cliName())
                .append(" of ");
        for (int i = 0; i < transitions.size(); i++) {
            Transition t = transitions.get(i);
            text.append(i > 0 ? ", " : "")
                    .append(Figures.format(t.toCount()))
                    .append('/')
                    .append(Figures.format(t.fromCount()))
                    .append(" (")
                    .append(t.fromYear())
                    .append("→")
                    .append(t.toYear());
            if (method == ProgressionMethod.WEIGHTED || method == ProgressionMethod.MEDIAN && t.weight() > 0) {
                text.append(method == ProgressionMethod.WEIGHTED ? ", weight " + (long) t.weight() : ", middle");
            }
            text.append(')');
        }
        return text.toString();
    }
}
