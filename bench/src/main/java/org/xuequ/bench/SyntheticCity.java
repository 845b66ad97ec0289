package org.xuequ.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.xuequ.engine.allocation.Market;
import org.xuequ.engine.allocation.MarketBuilder;

/**
 * A reproducible city-sized enrollment: schools spread over districts with skewed popularity and
 * seats for about every applicant; each applicant ranks distinct schools, mostly in their home
 * district, and has a tier (1 户籍+房产, 2 户籍, 3 房产, else none, the 4th tier) at home schools.
 * The same instance feeds the JMH benchmarks and, as CSV, the CLI's end-to-end timing.
 *
 * <p>Usage: {@code java -cp bench/target/xuequ-bench.jar org.xuequ.bench.SyntheticCity DIR
 * [applicants schools choices seed]} writes DIR/schools.csv, applicants.csv, priorities.csv.
 */
public final class SyntheticCity {

    static final int DISTRICTS = 16;

    final int schools;
    final int applicants;
    final int[] capacity;
    final int[] choiceStart;
    final int[] choices;
    final byte[] tiers; // 0 = no priority row

    private SyntheticCity(int schools, int applicants, int[] capacity, int[] choiceStart, int[] choices, byte[] tiers) {
        this.schools = schools;
        this.applicants = applicants;
        this.capacity = capacity;
        this.choiceStart = choiceStart;
        this.choices = choices;
        this.tiers = tiers;
    }

    public static SyntheticCity generate(int applicants, int schools, int choicesEach, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] capacity = new int[schools];
        double[] weight = new double[schools];
        long seats = 0;
        for (int s = 0; s < schools; s++) {
            weight[s] = Math.exp(random.nextDouble() * 3); // popular schools up to ~20x the least popular
            capacity[s] = 1; // placeholder, scaled below
        }
        double totalWeight = 0;
        for (double w : weight) {
            totalWeight += w;
        }
        for (int s = 0; s < schools; s++) {
            // seats do not follow demand: 200-800, about one per applicant in total
            capacity[s] = (int) Math.round((0.4 + 1.2 * random.nextDouble()) * applicants / (double) schools);
            seats += capacity[s];
        }
        int perDistrict = (schools + DISTRICTS - 1) / DISTRICTS;
        double[] cumulative = new double[schools];
        double running = 0;
        for (int s = 0; s < schools; s++) {
            if (s % perDistrict == 0) {
                running = 0; // cumulative weights restart per district
            }
            running += weight[s];
            cumulative[s] = running;
        }
        double[] global = new double[schools];
        running = 0;
        for (int s = 0; s < schools; s++) {
            running += weight[s];
            global[s] = running;
        }
        int[] choiceStart = new int[applicants + 1];
        int[] choices = new int[applicants * choicesEach];
        byte[] tiers = new byte[applicants * choicesEach];
        int w = 0;
        for (int a = 0; a < applicants; a++) {
            int district = random.nextInt(DISTRICTS);
            int from = district * perDistrict;
            int to = Math.min(schools, from + perDistrict);
            int start = w;
            while (w - start < Math.min(choicesEach, schools)) {
                boolean home = random.nextDouble() < 0.8 && to - from >= choicesEach;
                int s = home ? pick(cumulative, from, to, random) : pick(global, 0, schools, random);
                boolean seen = false;
                for (int c = start; c < w; c++) {
                    seen |= choices[c] == s;
                }
                if (seen) {
                    continue;
                }
                choices[w] = s;
                tiers[w++] = (s >= from && s < to) ? homeTier(random) : 0;
            }
            choiceStart[a + 1] = w;
        }
        return new SyntheticCity(schools, applicants, capacity, choiceStart, choices, tiers);
    }

    private static int pick(double[] cumulative, int from, int to, SplittableRandom random) {
        double x = random.nextDouble() * cumulative[to - 1];
        int lo = from;
        int hi = to - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static byte homeTier(SplittableRandom random) {
        double x = random.nextDouble();
        return (byte) (x < 0.15 ? 1 : x < 0.35 ? 2 : x < 0.60 ? 3 : 0);
    }

    static String schoolId(int s) {
        return String.format("S%05d", s);
    }

    static String applicantId(int a) {
        return String.format("A%07d", a);
    }

    public Market toMarket() {
        MarketBuilder builder = Market.builder();
        for (int s = 0; s < schools; s++) {
            builder.school(schoolId(s), capacity[s]);
        }
        int[] list = new int[schools];
        for (int a = 0; a < applicants; a++) {
            int count = choiceStart[a + 1] - choiceStart[a];
            System.arraycopy(choices, choiceStart[a], list, 0, count);
            builder.applicant(applicantId(a), list, count);
        }
        for (int a = 0; a < applicants; a++) {
            for (int c = choiceStart[a]; c < choiceStart[a + 1]; c++) {
                if (tiers[c] != 0) {
                    builder.priority(choices[c], a, tiers[c]);
                }
            }
        }
        return builder.build();
    }

    public void writeCsv(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (OutputStream out = open(dir.resolve("schools.csv"))) {
            write(out, "school_id,capacity\n");
            for (int s = 0; s < schools; s++) {
                write(out, schoolId(s) + "," + capacity[s] + "\n");
            }
        }
        try (OutputStream out = open(dir.resolve("applicants.csv"))) {
            write(out, "applicant_id,choices\n");
            StringBuilder line = new StringBuilder();
            for (int a = 0; a < applicants; a++) {
                line.setLength(0);
                line.append(applicantId(a)).append(',');
                for (int c = choiceStart[a]; c < choiceStart[a + 1]; c++) {
                    line.append(c > choiceStart[a] ? "|" : "").append(schoolId(choices[c]));
                }
                write(out, line.append('\n').toString());
            }
        }
        try (OutputStream out = open(dir.resolve("priorities.csv"))) {
            write(out, "school_id,applicant_id,tier\n");
            for (int a = 0; a < applicants; a++) {
                for (int c = choiceStart[a]; c < choiceStart[a + 1]; c++) {
                    if (tiers[c] != 0) {
                        write(out, schoolId(choices[c]) + "," + applicantId(a) + "," + tiers[c] + "\n");
                    }
                }
            }
        }
    }

    private static OutputStream open(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 && args.length != 5) {
            System.err.println("usage: SyntheticCity DIR [applicants schools choices seed]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        SyntheticCity city = args.length == 5
                ? generate(
                        Integer.parseInt(args[1]),
                        Integer.parseInt(args[2]),
                        Integer.parseInt(args[3]),
                        Long.parseLong(args[4]))
                : generate(1_000_000, 2_000, 10, 2018L);
        city.writeCsv(dir);
        System.out.println("wrote " + city.applicants + " applicants, " + city.schools + " schools to " + dir);
    }
}
