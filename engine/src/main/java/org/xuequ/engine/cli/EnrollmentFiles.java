package org.xuequ.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.xuequ.engine.allocation.AllocationRun;
import org.xuequ.engine.allocation.InvalidMarketException;
import org.xuequ.engine.allocation.Market;
import org.xuequ.engine.allocation.MarketBuilder;
import org.xuequ.engine.allocation.Mechanism;
import org.xuequ.engine.allocation.PriorityTier;
import org.xuequ.engine.allocation.Stage;
import org.xuequ.engine.lottery.Lottery;

/**
 * Reads an enrollment from its CSV files (schools, applicants, priorities, pre-assigned seats,
 * stages) into a market, the run to apply and every applicant's lottery number. Every problem is
 * reported with its file and line before anything is computed.
 */
final class EnrollmentFiles {

    final Market market;
    final ByteIds schools;
    final ByteIds applicants;
    final AllocationRun run;
    final long[] lottery;
    final Lottery draw; // null when every number was given in the applicants file

    private EnrollmentFiles(Market market, ByteIds schools, ByteIds applicants, AllocationRun run, long[] lottery,
                            Lottery draw) {
        this.market = market;
        this.schools = schools;
        this.applicants = applicants;
        this.run = run;
        this.lottery = lottery;
        this.draw = draw;
    }

    static EnrollmentFiles read(Arguments args, PhaseTimer timer) throws IOException, InputError {
        if (args.has("mechanism") == args.has("stages")) {
            throw new InputError(args.has("stages") ? "give either --mechanism or --stages, not both"
                    : "--mechanism is required (DA, BOSTON or SERIAL), or --stages");
        }
        Mechanism single = args.has("mechanism") ? mechanism(args.get("mechanism"), "--mechanism") : null;
        Lottery draw = null;
        if (args.has("seed")) {
            try {
                draw = Lottery.ofSeed(Lottery.parseSeed(args.get("seed")));
            } catch (IllegalArgumentException e) {
                throw new InputError("--seed: " + e.getMessage());
            }
        }
        MarketBuilder builder = Market.builder();
        ByteIds schools = readSchools(args.require("schools"), builder);
        Given given = new Given();
        ByteIds applicants = readApplicants(given, args.require("applicants"), builder, schools);
        timer.done("read applicants");
        if (args.has("priorities")) {
            readPriorities(args.get("priorities"), builder, schools, applicants);
            timer.done("read priorities");
        }
        if (args.has("preassigned")) {
            readPreassigned(args.get("preassigned"), builder, schools, applicants);
        }
        Market market;
        try {
            market = builder.build();
        } catch (InvalidMarketException e) {
            throw new InputError(args.get("preassigned") + ": " + e.getMessage());
        }
        AllocationRun run = single != null ? AllocationRun.single(single) : readStages(args.get("stages"), schools);
        if (draw == null && given.count < applicants.size()) {
            throw new InputError("--seed is required: " + (applicants.size() - given.count)
                    + " applicants have no lottery number in " + args.get("applicants"));
        }
        timer.done("build market");
        long[] numbers = numbers(given, applicants, draw);
        timer.done("draw lottery");
        return new EnrollmentFiles(market, schools, applicants, run, numbers, draw);
    }

    private static Mechanism mechanism(String name, String where) throws InputError {
        try {
            return Mechanism.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputError(where + ": unknown mechanism " + name + " (expected DA, BOSTON or SERIAL)");
        }
    }

    private static ByteIds readSchools(String file, MarketBuilder builder) throws IOException, InputError {
        try (CsvReader csv = CsvReader.open(file, Path.of(file))) {
            csv.header("school_id,capacity");
            ByteIds schools = new ByteIds(csv.estimatedRows());
            while (csv.next()) {
                fieldCount(csv, 2);
                String id = id(csv, 0, "school_id");
                byte[] b = csv.buffer();
                int capacity = Numbers.nonNegativeInt(b, csv.from(1), csv.to(1));
                if (capacity < 0) {
                    throw csv.error("capacity must be a non-negative integer, got '" + csv.text(1) + "'");
                }
                if (schools.add(b, csv.from(0), csv.to(0)) < 0) {
                    throw csv.error("school " + id + " is listed twice");
                }
                builder.school(id, capacity);
            }
            return schools;
        }
    }

    /** Lottery numbers given in the applicants file. */
    private static final class Given {
        long[] numbers = new long[1024];
        boolean[] present = new boolean[1024];
        int count;
    }

    private static ByteIds readApplicants(Given given, String file, MarketBuilder builder, ByteIds schools)
            throws IOException, InputError {
        int[] choices = new int[Math.max(16, schools.size())];
        try (CsvReader csv = CsvReader.open(file, Path.of(file))) {
            boolean lotteryColumn = csv.header("applicant_id,choices", "applicant_id,choices,lottery") == 1;
            int expected = csv.estimatedRows();
            ByteIds applicants = new ByteIds(expected);
            builder.expect(expected, expected + csv.estimated((byte) '|'));
            given.numbers = new long[expected];
            given.present = new boolean[expected];
            while (csv.next()) {
                fieldCount(csv, lotteryColumn ? 3 : 2);
                byte[] b = csv.buffer();
                String id = id(csv, 0, "applicant_id");
                int a = applicants.add(b, csv.from(0), csv.to(0));
                if (a < 0) {
                    throw csv.error("applicant " + id + " is listed twice");
                }
                int count = 0;
                int start = csv.from(1);
                int end = csv.to(1);
                int hash = ByteIds.START;
                for (int i = start; end > csv.from(1) && i <= end; i++) {
                    if (i < end && b[i] != '|') {
                        hash = ByteIds.step(hash, b[i]); // hash while scanning: each byte read once
                        continue;
                    }
                    if (i == start) {
                        throw csv.error("empty school id in choices");
                    }
                    int s = schools.find(b, start, i, ByteIds.finish(hash));
                    if (s < 0) {
                        throw csv.error("unknown school " + text(b, start, i) + " in choices");
                    }
                    for (int k = 0; k < count; k++) {
                        if (choices[k] == s) {
                            throw csv.error("school " + text(b, start, i) + " is listed twice in choices");
                        }
                    }
                    if (count == choices.length) {
                        choices = Arrays.copyOf(choices, count * 2);
                    }
                    choices[count++] = s;
                    start = i + 1;
                    hash = ByteIds.START;
                }
                if (a == given.numbers.length) {
                    given.numbers = Arrays.copyOf(given.numbers, a * 2);
                    given.present = Arrays.copyOf(given.present, a * 2);
                }
                if (lotteryColumn && csv.length(2) > 0) {
                    try {
                        given.numbers[a] = Numbers.unsignedLong(b, csv.from(2), csv.to(2));
                    } catch (NumberFormatException e) {
                        throw csv.error("lottery must be an integer from 0 to 18446744073709551615, got '"
                                + csv.text(2) + "'");
                    }
                    given.present[a] = true;
                    given.count++;
                }
                builder.applicant(id, choices, count);
            }
            return applicants;
        }
    }

    private static void readPriorities(String file, MarketBuilder builder, ByteIds schools, ByteIds applicants)
            throws IOException, InputError {
        try (CsvReader csv = CsvReader.open(file, Path.of(file))) {
            csv.header("school_id,applicant_id,tier");
            int s = -1;
            int a = -1;
            while (csv.next()) {
                fieldCount(csv, 3);
                // rows usually come grouped by applicant or by school: skip the lookup on a repeat
                s = sameAs(csv, 0, schools, s) ? s : known(csv, 0, schools, "school");
                a = sameAs(csv, 1, applicants, a) ? a : known(csv, 1, applicants, "applicant");
                int tier = Numbers.nonNegativeInt(csv.buffer(), csv.from(2), csv.to(2));
                if (tier < PriorityTier.HIGHEST || tier > PriorityTier.LOWEST) {
                    throw csv.error("tier must be an integer from " + PriorityTier.HIGHEST + " to "
                            + PriorityTier.LOWEST + ", got '" + csv.text(2) + "'");
                }
                try {
                    builder.priority(s, a, tier);
                } catch (InvalidMarketException e) {
                    throw csv.error(e.getMessage());
                }
            }
        }
    }

    private static void readPreassigned(String file, MarketBuilder builder, ByteIds schools, ByteIds applicants)
            throws IOException, InputError {
        try (CsvReader csv = CsvReader.open(file, Path.of(file))) {
            csv.header("applicant_id,school_id");
            while (csv.next()) {
                fieldCount(csv, 2);
                int a = known(csv, 0, applicants, "applicant");
                int s = known(csv, 1, schools, "school");
                try {
                    builder.guaranteedSeat(a, s);
                } catch (InvalidMarketException e) {
                    throw csv.error(e.getMessage());
                }
            }
        }
    }

    private static AllocationRun readStages(String file, ByteIds schools) throws IOException, InputError {
        List<Stage> stages = new ArrayList<>();
        // stage lists are short: strings are fine here
        try (CsvReader csv = CsvReader.open(file, Path.of(file))) {
            csv.header("stage,mechanism,schools");
            while (csv.next()) {
                fieldCount(csv, 3);
                String name = id(csv, 0, "stage");
                Mechanism mechanism;
                try {
                    mechanism = mechanism(csv.text(1), "mechanism");
                } catch (InputError e) {
                    throw csv.error(e.getMessage());
                }
                String list = csv.text(2);
                for (Stage earlier : stages) {
                    if (earlier.name().equals(name)) {
                        throw csv.error("stage " + name + " is listed twice");
                    }
                }
                if (list.equals("*")) {
                    stages.add(Stage.of(name, mechanism));
                    continue;
                }
                List<String> ids = new ArrayList<>();
                for (String id : list.split("\\|", -1)) {
                    byte[] bytes = id.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    if (id.isEmpty() || schools.find(bytes, 0, bytes.length) < 0) {
                        throw csv.error(id.isEmpty() ? "empty school id in schools" : "unknown school " + id);
                    }
                    ids.add(id);
                }
                stages.add(Stage.of(name, mechanism, ids));
            }
            if (stages.isEmpty()) {
                throw InputError.at(file, csv.line() + 1, "no stages");
            }
        }
        return AllocationRun.of(stages);
    }

    private static long[] numbers(Given given, ByteIds applicants, Lottery draw) {
        int n = applicants.size();
        long[] numbers = Arrays.copyOf(given.numbers, n);
        if (given.count < n) {
            byte[] pool = applicants.pool();
            // SHA-256 per applicant is the CPU-heaviest part of reading: use every core
            IntStream.range(0, n).parallel().forEach(a -> {
                if (!given.present[a]) {
                    numbers[a] = draw.number(pool, applicants.offset(a), applicants.length(a));
                }
            });
        }
        return numbers;
    }

    private static void fieldCount(CsvReader csv, int expected) throws InputError {
        if (csv.fields() != expected) {
            throw csv.error("expected " + expected + " fields, found " + csv.fields());
        }
    }

    private static String id(CsvReader csv, int field, String column) throws InputError {
        if (csv.length(field) == 0) {
            throw csv.error(column + " is empty");
        }
        return csv.text(field);
    }

    private static int known(CsvReader csv, int field, ByteIds ids, String what) throws InputError {
        int index = ids.find(csv.buffer(), csv.from(field), csv.to(field));
        if (index < 0) {
            throw csv.error("unknown " + what + " " + csv.text(field));
        }
        return index;
    }

    private static boolean sameAs(CsvReader csv, int field, ByteIds ids, int previous) {
        if (previous < 0 || csv.length(field) != ids.length(previous)) {
            return false;
        }
        byte[] pool = ids.pool();
        byte[] b = csv.buffer();
        for (int i = csv.from(field), at = ids.offset(previous); i < csv.to(field); i++, at++) {
            if (b[i] != pool[at]) {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] b, int from, int to) {
        return new String(b, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
    }
}
