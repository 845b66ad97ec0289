package org.xuequ.engine.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.xuequ.engine.allocation.AllocationProcedure;
import org.xuequ.engine.allocation.InvalidMarketException;
import org.xuequ.engine.allocation.Market;
import org.xuequ.engine.allocation.MarketBuilder;
import org.xuequ.engine.allocation.Mechanism;
import org.xuequ.engine.lottery.Lottery;

/**
 * An enrollment read from its CSV files (schools, applicants, priorities, pre-assigned seats,
 * stages) into a market, the run to apply and every applicant's lottery number. Every problem is
 * reported with its file and line before anything is computed.
 */
final class EnrollmentFiles {

    final Market market;
    final ByteIds applicants;
    final AllocationProcedure run;
    final long[] lottery;
    final Lottery draw; // null when every number was given in the applicants file

    private EnrollmentFiles(Market market, ByteIds applicants, AllocationProcedure run, long[] lottery, Lottery draw) {
        this.market = market;
        this.applicants = applicants;
        this.run = run;
        this.lottery = lottery;
        this.draw = draw;
    }

    static EnrollmentFiles read(Arguments args, PhaseTimer timer) throws IOException, InputError {
        if (args.has("mechanism") == args.has("stages")) {
            throw new InputError(
                    args.has("stages")
                            ? "give either --mechanism or --stages, not both"
                            : "--mechanism is required (DA, BOSTON or SERIAL), or --stages");
        }
        Mechanism single = args.has("mechanism") ? StagesFile.mechanism(args.get("mechanism"), "--mechanism") : null;
        Lottery draw = null;
        if (args.has("seed")) {
            try {
                draw = Lottery.ofSeed(Lottery.parseSeed(args.get("seed")));
            } catch (IllegalArgumentException e) {
                throw new InputError("--seed: " + e.getMessage());
            }
        }
        MarketBuilder builder = Market.builder();
        ByteIds schools = SchoolsFile.read(args.require("schools"), builder);
        ApplicantsFile applicants = ApplicantsFile.read(args.require("applicants"), builder, schools);
        timer.done("read applicants");
        int n = applicants.ids.size();
        if (draw == null && applicants.givenCount < n) {
            throw new InputError("--seed is required: " + (n - applicants.givenCount)
                    + " applicants have no lottery number in " + args.get("applicants"));
        }
        // the draw needs only the applicant ids: compute it while the other files are read
        Lottery seed = draw;
        CompletableFuture<long[]> numbers = CompletableFuture.supplyAsync(() -> numbers(applicants, seed), DRAWING);
        if (args.has("priorities")) {
            PrioritiesFile.readTiers(args.get("priorities"), builder, schools, applicants.ids);
            timer.done("read priorities");
        }
        if (args.has("preassigned")) {
            PrioritiesFile.readPreassigned(args.get("preassigned"), builder, schools, applicants.ids);
        }
        boolean region = args.has("region-stage");
        if (region != args.has("school-locations") || region != args.has("applicant-locations")) {
            throw new InputError(
                    "--region-stage, --school-locations and --applicant-locations go together: give all three or none");
        }
        if (region) {
            LocationsFile.readSchools(args.get("school-locations"), builder, schools);
            LocationsFile.readApplicants(args.get("applicant-locations"), builder, applicants.ids);
        }
        Market market;
        try {
            market = builder.build();
        } catch (InvalidMarketException e) {
            throw new InputError(args.get("preassigned") + ": " + e.getMessage());
        }
        AllocationProcedure run =
                single != null ? AllocationProcedure.single(single) : StagesFile.read(args.get("stages"), schools);
        if (region) {
            run = StagesFile.withRegionStage(run, args.get("region-stage"));
        }
        timer.done("build market");
        long[] drawn = numbers.join();
        timer.done("wait for the draw");
        return new EnrollmentFiles(market, applicants.ids, run, drawn, draw);
    }

    /** One daemon thread: on two cores the draw and the reading each get one. */
    private static final Executor DRAWING = task -> {
        Thread thread = new Thread(task, "lottery-draw");
        thread.setDaemon(true);
        thread.start();
    };

    private static long[] numbers(ApplicantsFile applicants, Lottery draw) {
        ByteIds ids = applicants.ids;
        long[] numbers = Arrays.copyOf(applicants.givenNumbers, ids.size());
        byte[] pool = ids.pool();
        for (int a = 0; a < numbers.length; a++) {
            if (!applicants.given[a]) {
                numbers[a] = draw.number(pool, ids.offset(a), ids.length(a));
            }
        }
        return numbers;
    }
}
