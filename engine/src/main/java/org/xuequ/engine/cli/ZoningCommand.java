package org.xuequ.engine.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.xuequ.engine.zoning.Infeasible;
import org.xuequ.engine.zoning.InvalidZoningException;
import org.xuequ.engine.zoning.NoSolutionFound;
import org.xuequ.engine.zoning.ZoningProblem;
import org.xuequ.engine.zoning.ZoningResult;
import org.xuequ.engine.zoning.ZoningSolution;
import org.xuequ.engine.zoning.ZoningSolver;

/**
 * {@code zoning}: every block of B.csv to one school of S.csv within the seats, minimising Σ children ×
 * great-circle metres; with C.csv, at most the share F of all children change school. Writes O.csv
 * {@code block_id,school_id} in B.csv's order and prints objective, bound, gap and time.
 */
final class ZoningCommand {

    static final Set<String> OPTIONS = Set.of("blocks", "schools", "out", "current", "max-moved-share", "time-limit");

    /** Exit code: no zoning exists (the constraint is named). */
    static final int INFEASIBLE = 4;

    /** Exit code: the time limit ran out with neither a zoning nor a proof that none exists. */
    static final int NO_SOLUTION_IN_TIME = 5;

    private static final double DEFAULT_TIME_LIMIT_SECONDS = 30;

    private ZoningCommand() {}

    static int run(Arguments args, PrintStream out, PrintStream err) throws IOException, InputError {
        String blocksFile = args.require("blocks");
        String schoolsFile = args.require("schools");
        Path outPath = OutputFiles.target("out", args.require("out"));
        String currentFile = args.get("current");
        Double share = null;
        if (args.has("max-moved-share")) {
            if (currentFile == null) {
                throw new InputError("--max-moved-share: needs --current (the zoning children would move from)");
            }
            share = fraction(args.get("max-moved-share"));
        }
        Duration limit = timeLimit(args);

        ZoningProblem.Builder builder = ZoningFiles.read(blocksFile, schoolsFile, currentFile);
        if (share != null) {
            builder.maxMovedShare(share);
        }
        ZoningProblem problem;
        try {
            problem = builder.build();
        } catch (InvalidZoningException e) {
            throw new InputError(e.getMessage()); // not expected: the files were checked row by row
        }
        ZoningResult result = ZoningSolver.defaults().solve(problem, limit);
        if (result instanceof Infeasible infeasible) {
            err.println("infeasible (" + infeasible.reason() + "): " + infeasible.explanation());
            return INFEASIBLE;
        }
        if (result instanceof NoSolutionFound none) {
            err.printf(
                    Locale.ROOT,
                    "no zoning found in %.1f s: %s%n",
                    none.elapsed().toNanos() / 1e9,
                    none.explanation());
            return NO_SOLUTION_IN_TIME;
        }
        ZoningSolution solution = (ZoningSolution) result;
        try (OutputFiles files = new OutputFiles()) {
            files.write(outPath, stream -> write(solution, stream));
            files.commit();
        }
        report(solution, out);
        return Main.OK;
    }

    private static void report(ZoningSolution s, PrintStream out) {
        ZoningProblem p = s.problem();
        out.printf(
                Locale.ROOT,
                "zoned %d blocks (%d children) to %d schools%n",
                p.blockCount(),
                p.totalChildren(),
                p.schoolCount());
        out.printf(Locale.ROOT, "objective %.1f child-metres (mean %.1f m per child)%n", s.objective(), s.meanMetres());
        String scope = s.boundScope() == ZoningSolution.BoundScope.ALL_SCHOOLS
                ? "exact problem"
                : "each block restricted to its " + s.nearestSchools() + " nearest schools and its current one";
        out.printf(Locale.ROOT, "lower bound %.1f child-metres (%s)%n", s.lowerBound(), scope);
        if (s.provenOptimal()) {
            out.printf(Locale.ROOT, "optimal: proven (distances in whole centimetres; gap %.4f%%)%n", s.gap() * 100);
        } else {
            out.printf(Locale.ROOT, "gap %.4f%% (objective above the lower bound)%n", s.gap() * 100);
        }
        if (p.hasCurrentZoning()) {
            out.printf(
                    Locale.ROOT,
                    "moved %d children (%.2f%%)%s%n",
                    s.movedChildren(),
                    p.totalChildren() == 0 ? 0.0 : 100.0 * s.movedChildren() / p.totalChildren(),
                    p.maxMovedShare().isPresent()
                            ? String.format(
                                    Locale.ROOT, "; cap %.4g", p.maxMovedShare().getAsDouble())
                            : "");
        }
        out.printf(Locale.ROOT, "time %.3f s (%s)%n", s.elapsed().toNanos() / 1e9, s.method());
    }

    private static void write(ZoningSolution s, OutputStream stream) throws IOException {
        ZoningProblem p = s.problem();
        stream.write("block_id,school_id\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (int b = 0; b < p.blockCount(); b++) {
            stream.write(ResultCsv.field(p.blockId(b)));
            stream.write(',');
            stream.write(ResultCsv.field(p.schoolId(s.schoolOf(b))));
            stream.write('\n');
        }
    }

    private static double fraction(String text) throws InputError {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(value >= 0 && value <= 1)) {
            throw new InputError("--max-moved-share: must be a number from 0 to 1, got '" + text + "'");
        }
        return value;
    }

    private static Duration timeLimit(Arguments args) throws InputError {
        if (!args.has("time-limit")) {
            return Duration.ofMillis((long) (DEFAULT_TIME_LIMIT_SECONDS * 1000));
        }
        String text = args.get("time-limit");
        double seconds;
        try {
            seconds = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            seconds = Double.NaN;
        }
        if (!(seconds > 0 && seconds <= 86_400)) {
            throw new InputError(
                    "--time-limit: must be a number of seconds above 0 (at most 86400), got '" + text + "'");
        }
        return Duration.ofMillis(Math.max(1, (long) (seconds * 1000)));
    }
}
