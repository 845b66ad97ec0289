package org.xuequ.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.xuequ.engine.zoning.ZoningProblem;

/**
 * Deterministic zoning instances for a Beijing-like city: blocks (compounds) clustered around
 * neighbourhood centres in a 60 km × 55 km region centred on 116.40° E, 39.90° N; children per block
 * 5–400 (skewed, most 20–60); schools placed among the blocks. The current zoning sends each block to
 * its nearest school; seats follow each school's nearest-school load times 0.7–1.5 (so some schools are
 * short and the optimum moves blocks), scaled so that all seats = {@code slack} × all children
 * (1.05–1.2 by default, drawn from the seed).
 *
 * <p>{@code java -cp xuequ-bench.jar org.xuequ.bench.SyntheticZoning DIR BLOCKS SCHOOLS SEED} writes
 * blocks.csv, schools.csv and current.csv in the CLI's formats.
 */
public final class SyntheticZoning {

    public final String[] blockIds;
    public final double[] blockLon;
    public final double[] blockLat;
    public final int[] children;
    public final String[] schoolIds;
    public final double[] schoolLon;
    public final double[] schoolLat;
    public final int[] seats;
    /** Nearest school of each block: the "current zoning". */
    public final int[] current;

    public SyntheticZoning(int blocks, int schools, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int clusters = Math.max(4, blocks / 150);
        double[] cLon = new double[clusters];
        double[] cLat = new double[clusters];
        double[] spread = new double[clusters];
        for (int c = 0; c < clusters; c++) {
            // denser towards the centre, as in a ring-road city
            double radius = Math.sqrt(r.nextDouble()) * 0.9;
            double angle = r.nextDouble() * 2 * Math.PI;
            cLon[c] = 116.40 + radius * 0.35 * Math.cos(angle);
            cLat[c] = 39.90 + radius * 0.25 * Math.sin(angle);
            spread[c] = 0.004 + r.nextDouble() * 0.012; // 0.4–1.3 km
        }
        blockIds = new String[blocks];
        blockLon = new double[blocks];
        blockLat = new double[blocks];
        children = new int[blocks];
        long total = 0;
        for (int b = 0; b < blocks; b++) {
            int c = r.nextInt(clusters);
            blockIds[b] = "B" + b;
            blockLon[b] = 116.40 + clamp(cLon[c] - 116.40 + gaussian(r) * spread[c] * 1.3, 0.35);
            blockLat[b] = 39.90 + clamp(cLat[c] - 39.90 + gaussian(r) * spread[c], 0.25);
            children[b] = (int) Math.min(400, Math.round(5 + Math.exp(3.4 + 0.6 * gaussian(r))));
            total += children[b];
        }
        schoolIds = new String[schools];
        schoolLon = new double[schools];
        schoolLat = new double[schools];
        for (int s = 0; s < schools; s++) {
            int near = r.nextInt(blocks); // schools stand where people live
            schoolIds[s] = "S" + s;
            schoolLon[s] = blockLon[near] + (r.nextDouble() - 0.5) * 0.004;
            schoolLat[s] = blockLat[near] + (r.nextDouble() - 0.5) * 0.003;
        }
        current = new int[blocks];
        long[] load = new long[schools];
        for (int b = 0; b < blocks; b++) {
            int best = 0;
            double bestD = Double.POSITIVE_INFINITY;
            for (int s = 0; s < schools; s++) {
                double dx = (blockLon[b] - schoolLon[s]) * Math.cos(Math.toRadians(39.9));
                double dy = blockLat[b] - schoolLat[s];
                double d = dx * dx + dy * dy;
                if (d < bestD) {
                    bestD = d;
                    best = s;
                }
            }
            current[b] = best;
            load[best] += children[b];
        }
        double slack = 1.05 + r.nextDouble() * 0.15;
        double[] raw = new double[schools];
        double rawTotal = 0;
        for (int s = 0; s < schools; s++) {
            raw[s] = Math.max(load[s], total / (2.0 * schools)) * (0.7 + 0.8 * r.nextDouble());
            rawTotal += raw[s];
        }
        seats = new int[schools];
        for (int s = 0; s < schools; s++) {
            seats[s] = (int) Math.ceil(raw[s] / rawTotal * slack * total);
        }
    }

    public long totalChildren() {
        long t = 0;
        for (int c : children) {
            t += c;
        }
        return t;
    }

    /** The problem; with {@code maxMovedShare} ≥ 0 the current zoning and that cap are included. */
    public ZoningProblem problem(double maxMovedShare) {
        ZoningProblem.Builder b = ZoningProblem.builder();
        for (int i = 0; i < blockIds.length; i++) {
            b.block(blockIds[i], blockLon[i], blockLat[i], children[i]);
        }
        for (int s = 0; s < schoolIds.length; s++) {
            b.school(schoolIds[s], schoolLon[s], schoolLat[s], seats[s]);
        }
        if (maxMovedShare >= 0) {
            for (int i = 0; i < blockIds.length; i++) {
                b.current(blockIds[i], schoolIds[current[i]]);
            }
            b.maxMovedShare(maxMovedShare);
        }
        return b.build();
    }

    public void writeCsv(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Writer w = Files.newBufferedWriter(dir.resolve("blocks.csv"), StandardCharsets.UTF_8)) {
            w.write("block_id,lon,lat,children\n");
            for (int i = 0; i < blockIds.length; i++) {
                w.write(blockIds[i] + "," + blockLon[i] + "," + blockLat[i] + "," + children[i] + "\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("schools.csv"), StandardCharsets.UTF_8)) {
            w.write("school_id,lon,lat,seats\n");
            for (int s = 0; s < schoolIds.length; s++) {
                w.write(schoolIds[s] + "," + schoolLon[s] + "," + schoolLat[s] + "," + seats[s] + "\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("current.csv"), StandardCharsets.UTF_8)) {
            w.write("block_id,school_id\n");
            for (int i = 0; i < blockIds.length; i++) {
                w.write(blockIds[i] + "," + schoolIds[current[i]] + "\n");
            }
        }
    }

    private static double gaussian(SplittableRandom r) {
        // Box–Muller: SplittableRandom has no nextGaussian on Java 17
        double u = 1 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static double clamp(double offset, double limit) {
        return Math.max(-limit, Math.min(limit, offset));
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: SyntheticZoning DIR BLOCKS SCHOOLS SEED");
            System.exit(2);
        }
        new SyntheticZoning(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]))
                .writeCsv(Path.of(args[0]));
    }
}
