package org.xuequ.engine.forecast;

/**
 * How one forecast figure was computed. For the entry grade it is an input ({@code ratio} is null,
 * the source fields repeat the cell). Otherwise {@code count = sourceCount × ratio.value()}, where the
 * source is grade − 1 in year − 1, observed or itself forecast.
 */
public record CellArithmetic(
        int year,
        int grade,
        double count,
        int sourceYear,
        int sourceGrade,
        double sourceCount,
        boolean sourceObserved,
        Ratio ratio) {

    public boolean isEntry() {
        return ratio == null;
    }

    /**
     * e.g. {@code 2025 grade 2 = 111 (2024 grade 1, forecast) × 0.967836… (ratio 1→2 = … = mean of 88/90
     * (2021→2022), 91/95 (2022→2023)) = 107.43}.
     */
    public String describe() {
        String cell = year + " grade " + grade + " = ";
        if (isEntry()) {
            return cell + Figures.format(count) + " (entry grade: given)";
        }
        return cell + Figures.format(sourceCount) + " (" + sourceYear + " grade " + sourceGrade
                + (sourceObserved ? ", observed" : ", forecast") + ") × " + Figures.format(ratio.value()) + " ("
                + ratio.describe() + ") = " + Figures.format(count);
    }
}
