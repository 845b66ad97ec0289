package org.xuequ.engine.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import org.xuequ.engine.forecast.Figures;
import org.xuequ.engine.forecast.GradeProgression;
import org.xuequ.engine.forecast.InvalidHistoryException;
import org.xuequ.engine.forecast.ProgressionMethod;
import org.xuequ.engine.forecast.ProgressionRatios;
import org.xuequ.engine.forecast.Projection;

/**
 * {@code forecast}: grade-progression (cohort survival) projection of every grade for the years of
 * N.csv, from the enrollment history in E.csv. Writes O.csv {@code year,grade,count} and optionally
 * R.csv {@code from_grade,to_grade,ratio}; numbers are written exactly (shortest decimal), not rounded.
 */
final class ForecastCommand {

    static final Set<String> OPTIONS = Set.of("enrollment", "entries", "out", "method", "window", "ratios");

    private ForecastCommand() {}

    static int run(Arguments args, PrintStream out) throws IOException, InputError {
        String enrollmentFile = args.require("enrollment");
        String entriesFile = args.require("entries");
        Path outPath = OutputFiles.target("out", args.require("out"));
        Path ratiosPath = args.has("ratios") ? OutputFiles.target("ratios", args.get("ratios")) : null;
        GradeProgression progression = progression(args);

        ForecastFiles.History history = ForecastFiles.readHistory(enrollmentFile);
        ProgressionRatios ratios;
        try {
            ratios = progression.ratios(history.enrollment);
        } catch (InvalidHistoryException e) {
            throw history.error(e);
        }
        double[] entries = ForecastFiles.readEntries(entriesFile, history.enrollment.lastYear());
        Projection projection = ratios.project(entries);

        try (OutputFiles files = new OutputFiles()) {
            files.write(outPath, stream -> writeCounts(projection, stream));
            if (ratiosPath != null) {
                files.write(ratiosPath, stream -> writeRatios(ratios, stream));
            }
            files.commit();
        }
        out.printf(
                "forecast %d-%d, grades %d-%d (%d rows): method %s over %d transition%s of %d-%d%n",
                projection.firstYear(),
                projection.lastYear(),
                projection.entryGrade(),
                projection.lastGrade(),
                projection.years() * projection.grades(),
                ratios.method().cliName(),
                ratios.transitions(),
                ratios.transitions() == 1 ? "" : "s",
                ratios.throughYear() - ratios.transitions(),
                ratios.throughYear());
        StringBuilder line = new StringBuilder("ratios:");
        for (int g = 0; g < ratios.size(); g++) {
            int from = ratios.firstFromGrade() + g;
            line.append(' ').append(from).append("->").append(from + 1).append(' ');
            line.append(Figures.format(ratios.ratio(from)));
        }
        out.println(line);
        return Main.OK;
    }

    private static GradeProgression progression(Arguments args) throws InputError {
        ProgressionMethod method = ProgressionMethod.MEAN;
        if (args.has("method")) {
            try {
                method = ProgressionMethod.parse(args.get("method"));
            } catch (IllegalArgumentException e) {
                throw new InputError("--method: " + e.getMessage());
            }
        }
        GradeProgression progression = GradeProgression.of(method);
        if (args.has("window")) {
            String text = args.get("window");
            int window;
            try {
                window = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                window = 0;
            }
            if (window < 1) {
                throw new InputError("--window: must be an integer ≥ 1 (transitions), got '" + text + "'");
            }
            progression = progression.window(window);
        }
        return progression;
    }

    private static void writeCounts(Projection projection, OutputStream stream) throws IOException {
        StringBuilder csv = new StringBuilder("year,grade,count\n");
        for (int year = projection.firstYear(); year <= projection.lastYear(); year++) {
            for (int grade = projection.entryGrade(); grade <= projection.lastGrade(); grade++) {
                csv.append(year).append(',').append(grade).append(',');
                csv.append(Figures.format(projection.count(year, grade))).append('\n');
            }
        }
        stream.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void writeRatios(ProgressionRatios ratios, OutputStream stream) throws IOException {
        StringBuilder csv = new StringBuilder("from_grade,to_grade,ratio\n");
        for (int g = 0; g < ratios.size(); g++) {
            int from = ratios.firstFromGrade() + g;
            csv.append(from).append(',').append(from + 1).append(',');
            csv.append(Figures.format(ratios.ratio(from))).append('\n');
        }
        stream.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
