package org.xuequ.engine.zoning;

import java.util.SplittableRandom;

/** Random tiny zoning problems around one city, from a seed. */
final class TinyInstances {

    private TinyInstances() {}

    static ZoningProblem random(long seed, boolean current, boolean locks) {
        SplittableRandom r = new SplittableRandom(seed);
        int nb = 1 + r.nextInt(7);
        int ns = 1 + r.nextInt(4);
        ZoningProblem.Builder b = ZoningProblem.builder();
        int total = 0;
        int[] children = new int[nb];
        for (int i = 0; i < nb; i++) {
            children[i] = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(40);
            total += children[i];
            b.block("b" + i, 116.3 + r.nextDouble() * 0.1, 39.9 + r.nextDouble() * 0.1, children[i]);
        }
        // seats from 0.8 to 1.5 × children in all: some instances are infeasible
        double slack = 0.8 + r.nextDouble() * 0.7;
        for (int s = 0; s < ns; s++) {
            int seats = (int) Math.round(total * slack / ns * (0.5 + r.nextDouble()));
            b.school("s" + s, 116.3 + r.nextDouble() * 0.1, 39.9 + r.nextDouble() * 0.1, seats);
        }
        if (current) {
            for (int i = 0; i < nb; i++) {
                b.current("b" + i, "s" + r.nextInt(ns));
            }
            if (r.nextBoolean()) {
                b.maxMovedShare(r.nextInt(5) == 0 ? 0 : r.nextDouble() * 0.6);
            }
        }
        if (locks) {
            for (int i = 0; i < nb; i++) {
                if (r.nextInt(5) == 0) {
                    b.lockBlock("b" + i, "s" + r.nextInt(ns));
                }
            }
            if (r.nextInt(4) == 0) {
                b.lockSchool("s" + r.nextInt(ns));
            }
        }
        try {
            return b.build();
        } catch (InvalidZoningException e) {
            // a random lock contradicting a locked school: drop the locks (still a valid instance)
            return random(seed + 1_000_000, current, false);
        }
    }
}
