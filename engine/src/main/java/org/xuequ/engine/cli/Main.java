package org.xuequ.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import org.xuequ.engine.allocation.AllocationResult;
import org.xuequ.engine.lottery.Lottery;

/**
 * The command line: {@code allocate}, {@code verify}, {@code explain}, {@code commit}, {@code forecast}, {@code balance},
 * {@code zoning}, {@code rotation}. Exit codes: 0 done, 1 verification found differences, 2 bad input or usage (nothing
 * written), 3 I/O failure; zoning and rotation also 4 infeasible, 5 nothing found in time.
 */
public final class Main {

    static final int OK = 0;
    static final int DIFFERENT = 1;
    static final int BAD_INPUT = 2;
    static final int IO_FAILURE = 3;

    private static final Set<String> INPUTS = Set.of(
            "schools",
            "applicants",
            "priorities",
            "preassigned",
            "mechanism",
            "stages",
            "seed",
            "region-stage",
            "school-locations",
            "applicant-locations");

    private static final String USAGE = String.join(
            "\n",
            "usage: java -jar xuequ-engine.jar COMMAND [options]",
            "  allocate --schools S.csv --applicants A.csv [--priorities P.csv] [--preassigned PRE.csv]",
            "           (--mechanism DA|BOSTON|SERIAL | --stages STAGES.csv) --seed HEX --out OUT.csv [--cutoffs CUT.csv]",
            "           [--timing]  (phase times on standard error)",
            "           [--region-stage NAME --school-locations SL.csv --applicant-locations AL.csv]",
            "           (区级统筹: the still unplaced, in lottery order, at the nearest school with a seat left)",
            "  verify   (same inputs as allocate) --result OUT.csv [--commitment SHA256HEX]",
            "  explain  (same inputs as allocate) --applicant ID",
            "  commit   --seed HEX | --new",
            "  forecast --enrollment E.csv --entries N.csv --out O.csv",
            "           [--method mean|geometric|median|last|weighted] [--window W] [--ratios R.csv]",
            "  balance  --schools S.csv --level PRIMARY|JUNIOR [--standard 2017|2012] --out O.csv",
            "           [--schools-out P.csv]  (balance between schools: CV per indicator, per-school minimums)",
            "  zoning   --blocks B.csv --schools S.csv --out O.csv [--current C.csv [--max-moved-share F]]",
            "           [--time-limit SECONDS]  (exit 4: infeasible, the constraint named; 5: nothing found in time)",
            "  rotation --schools S.csv --teachers T.csv [--rules R.csv] [--time-limit SECONDS] --out M.csv",
            "           (轮岗交流: moves lowering the worse backbone / PE-art CV; exit 4: infeasible, 5: none in time)",
            "exit codes: 0 done, 1 verification found differences, 2 bad input or usage, 3 I/O failure");

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command and returns its exit code; testable without exiting the JVM. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
                (args.length == 0 ? err : out).println(USAGE);
                return args.length == 0 ? BAD_INPUT : OK;
            }
            return switch (args[0]) {
                case "allocate" -> allocate(new Arguments(args, 1, with("out", "cutoffs"), Set.of("timing")), out, err);
                case "verify" -> Verification.run(new Arguments(args, 1, with("result", "commitment"), Set.of()), out);
                case "explain" -> explain(new Arguments(args, 1, with("applicant"), Set.of()), out);
                case "commit" -> commit(new Arguments(args, 1, Set.of("seed"), Set.of("new")), out);
                case "forecast" -> ForecastCommand.run(new Arguments(args, 1, ForecastCommand.OPTIONS, Set.of()), out);
                case "balance" -> BalanceCommand.run(new Arguments(args, 1, BalanceCommand.OPTIONS, Set.of()), out);
                case "zoning" -> ZoningCommand.run(new Arguments(args, 1, ZoningCommand.OPTIONS, Set.of()), out, err);
                case "rotation" ->
                    RotationCommand.run(new Arguments(args, 1, RotationCommand.OPTIONS, Set.of()), out, err);
                default -> throw new InputError("unknown command " + args[0] + "\n" + USAGE);
            };
        } catch (InputError e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        } catch (IOException | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return IO_FAILURE;
        }
    }

    private static Set<String> with(String... more) {
        java.util.HashSet<String> names = new java.util.HashSet<>(INPUTS);
        names.addAll(Set.of(more));
        return names;
    }

    private static int allocate(Arguments args, PrintStream out, PrintStream err) throws IOException, InputError {
        var outPath = OutputFiles.target("out", args.require("out"));
        var cutoffPath = args.has("cutoffs") ? OutputFiles.target("cutoffs", args.get("cutoffs")) : null;
        PhaseTimer timer = new PhaseTimer(args.has("timing") ? err : null);
        EnrollmentFiles in = EnrollmentFiles.read(args, timer);
        AllocationResult result = in.run.run(in.market, in.lottery);
        timer.done("allocate");
        try (OutputFiles files = new OutputFiles()) {
            files.write(outPath, stream -> ResultCsv.writeResult(in, result, stream));
            if (cutoffPath != null) {
                files.write(cutoffPath, stream -> ResultCsv.writeCutoffs(result, stream));
            }
            files.commit();
        }
        timer.done("write results");
        out.printf(
                "placed %d of %d applicants%s%n",
                result.placedCount(),
                in.market.applicantCount(),
                in.draw == null ? "" : "; seed commitment " + in.draw.commitment());
        if (args.has("region-stage")) {
            out.printf(
                    "region stage %s placed %d; %d unplaced%n",
                    args.get("region-stage"),
                    result.placedIn(args.get("region-stage")),
                    in.market.applicantCount() - result.placedCount());
        }
        return OK;
    }

    private static int explain(Arguments args, PrintStream out) throws IOException, InputError {
        String applicant = args.require("applicant");
        EnrollmentFiles in = EnrollmentFiles.read(args, new PhaseTimer(null));
        if (in.market.applicantIndex(applicant) < 0) {
            throw new InputError("--applicant: " + applicant + " is not in " + args.get("applicants"));
        }
        out.print(in.run.run(in.market, in.lottery).explain(applicant).describe());
        return OK;
    }

    private static int commit(Arguments args, PrintStream out) throws InputError {
        if (args.has("new") == args.has("seed")) {
            throw new InputError("commit needs either --seed HEX or --new");
        }
        if (args.has("new")) {
            byte[] seed = new byte[32];
            new SecureRandom().nextBytes(seed);
            out.println("seed " + HexFormat.of().formatHex(seed) + "  (keep secret until the draw)");
            out.println("commitment " + Lottery.commitment(seed) + "  (publish before the draw)");
            return OK;
        }
        try {
            out.println(Lottery.commitment(Lottery.parseSeed(args.get("seed"))));
        } catch (IllegalArgumentException e) {
            throw new InputError("--seed: " + e.getMessage());
        }
        return OK;
    }
}
