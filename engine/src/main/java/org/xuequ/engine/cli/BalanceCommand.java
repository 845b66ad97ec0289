package org.xuequ.engine.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.xuequ.engine.balance.BalanceCalculator;
import org.xuequ.engine.balance.BalanceReport;
import org.xuequ.engine.balance.BalanceStandard;
import org.xuequ.engine.balance.IndicatorResult;
import org.xuequ.engine.balance.InvalidConditionsException;
import org.xuequ.engine.balance.SchoolLevel;
import org.xuequ.engine.balance.SchoolResult;
import org.xuequ.engine.balance.SchoolValue;

/**
 * {@code balance --schools S.csv --level PRIMARY|JUNIOR [--standard 2017|2012] --out O.csv
 * [--schools-out P.csv]}: the region's balance (均衡) between schools, one row per indicator in O.csv and one
 * per school and indicator in P.csv.
 */
final class BalanceCommand {

    static final Set<String> OPTIONS = Set.of("schools", "level", "standard", "out", "schools-out");
    static final String OUT_HEADER = "indicator,value,cv,threshold,passes";
    static final String SCHOOLS_HEADER = "school_id,indicator,value,minimum,meets";

    private BalanceCommand() {}

    static int run(Arguments args, PrintStream out) throws IOException, InputError {
        String schoolsFile = args.require("schools");
        SchoolLevel level = level(args.require("level"));
        BalanceStandard standard;
        try {
            standard =
                    args.has("standard") ? BalanceStandard.parse(args.get("standard")) : BalanceStandard.QUALITY_2017;
        } catch (IllegalArgumentException e) {
            throw new InputError("--standard: unknown standard " + args.get("standard") + " (expected 2017 or 2012)");
        }
        Path outPath = OutputFiles.target("out", args.require("out"));
        Path schoolsPath = args.has("schools-out") ? OutputFiles.target("schools-out", args.get("schools-out")) : null;

        SchoolConditionsFile.Contents in = SchoolConditionsFile.read(schoolsFile, standard);
        BalanceReport report;
        try {
            report = BalanceCalculator.assess(in.schools(), level, standard);
        } catch (InvalidConditionsException e) {
            Long line = e.schoolId() == null ? null : in.lines().get(e.schoolId());
            String column = e.field() == null ? "" : "column " + e.field() + ": ";
            if (line == null) {
                throw new InputError(schoolsFile + ": " + column + e.getMessage());
            }
            throw InputError.at(schoolsFile, line, column + e.getMessage());
        }

        try (OutputFiles files = new OutputFiles()) {
            files.write(outPath, stream -> writeIndicators(report, stream));
            if (schoolsPath != null) {
                files.write(schoolsPath, stream -> writeSchools(report, stream));
            }
            files.commit();
        }
        summary(report, out);
        return Main.OK;
    }

    private static SchoolLevel level(String name) throws InputError {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals("PRIMARY") || upper.equals("JUNIOR")) {
            return SchoolLevel.valueOf(upper);
        }
        throw new InputError("--level: unknown level " + name + " (expected PRIMARY or JUNIOR)");
    }

    static void writeIndicators(BalanceReport report, OutputStream stream) throws IOException {
        boolean quality = report.standard() == BalanceStandard.QUALITY_2017;
        StringBuilder text = new StringBuilder(OUT_HEADER).append('\n');
        for (IndicatorResult r : report.indicators()) {
            text.append(r.indicator().column())
                    .append(',')
                    .append(decimal(r.value()))
                    .append(',')
                    .append(decimal(r.cv()))
                    .append(',')
                    .append(quality ? plain(r.threshold()) : "")
                    .append(',')
                    .append(quality ? Boolean.toString(r.passes()) : "")
                    .append('\n');
        }
        if (!quality) {
            text.append("composite,,")
                    .append(decimal(report.compositeCv()))
                    .append(',')
                    .append(plain(report.compositeThreshold()))
                    .append(',')
                    .append(report.cvPasses())
                    .append('\n');
        }
        stream.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static void writeSchools(BalanceReport report, OutputStream stream) throws IOException {
        boolean quality = report.standard() == BalanceStandard.QUALITY_2017;
        StringBuilder text = new StringBuilder(SCHOOLS_HEADER).append('\n');
        for (SchoolResult school : report.schools()) {
            String id = new String(ResultCsv.field(school.schoolId()), StandardCharsets.UTF_8);
            for (SchoolValue v : school.values()) {
                text.append(id)
                        .append(',')
                        .append(v.indicator().column())
                        .append(',')
                        .append(decimal(v.value()))
                        .append(',')
                        .append(quality ? plain(v.minimum()) : "")
                        .append(',')
                        .append(quality ? Boolean.toString(v.meets()) : "")
                        .append('\n');
            }
        }
        stream.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void summary(BalanceReport report, PrintStream out) {
        boolean quality = report.standard() == BalanceStandard.QUALITY_2017;
        double pupils = report.indicators().get(0).totalPupils();
        out.printf(
                Locale.ROOT,
                "balance of %d %s schools (%.0f pupils), standard %s%n",
                report.schools().size(),
                report.level().name().toLowerCase(Locale.ROOT),
                pupils,
                report.standard().code());
        int failing = 0;
        for (IndicatorResult r : report.indicators()) {
            String verdict;
            if (quality) {
                verdict = String.format(
                        Locale.ROOT,
                        "%s %s  %s",
                        r.cv() <= r.threshold() ? "<=" : "> ",
                        plain(r.threshold()),
                        r.passes() ? "pass" : "FAIL");
                failing += r.passes() ? 0 : 1;
            } else {
                verdict = "";
            }
            out.printf(
                    Locale.ROOT,
                    "  %-22s value %14s  cv %s%s%n",
                    r.indicator().column(),
                    decimal(r.value()),
                    decimal(r.cv()),
                    verdict);
        }
        if (quality) {
            out.printf(
                    Locale.ROOT,
                    "CV test: %s%n",
                    failing == 0
                            ? "pass (every indicator within its threshold)"
                            : "FAIL (" + failing + " of " + report.indicators().size() + " indicators above)");
            out.printf(
                    Locale.ROOT,
                    "schools meeting the minimums (6 of 7, the 7th at 85%%): %d pass, %d fail%n",
                    report.schoolsPassing(),
                    report.schoolsFailing());
        } else {
            out.printf(
                    Locale.ROOT,
                    "composite cv %s vs %s: %s%n",
                    decimal(report.compositeCv()),
                    plain(report.compositeThreshold()),
                    report.cvPasses() ? "pass" : "FAIL");
        }
    }

    /** Six decimals; "NaN" where a figure is undefined (a CV whose mean is 0). */
    static String decimal(double value) {
        return Double.isNaN(value) ? "NaN" : String.format(Locale.ROOT, "%.6f", value);
    }

    /** A limit as written in the standard: 0.5, 4.2, 2000. */
    static String plain(double value) {
        return Double.isNaN(value)
                ? ""
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
