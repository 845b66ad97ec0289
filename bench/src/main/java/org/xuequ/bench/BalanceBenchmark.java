package org.xuequ.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.xuequ.engine.balance.BalanceAdvisor;
import org.xuequ.engine.balance.BalanceCalculator;
import org.xuequ.engine.balance.BalanceReport;
import org.xuequ.engine.balance.BalanceStandard;
import org.xuequ.engine.balance.Indicator;
import org.xuequ.engine.balance.SchoolConditions;
import org.xuequ.engine.balance.SchoolLevel;
import org.xuequ.engine.balance.Suggestion;

/**
 * The balance calculator (one level, all indicators, every school's figures) and the advisor (the best
 * step for every failing indicator) on a synthetic primary region: 70 % single-level schools, 30 %
 * nine-year, resources 0.3–2.0 times the 2017 minimums so that several indicators fail their CV test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BalanceBenchmark {

    @Param({"300", "2000"})
    public int schools;

    @Param({"2017"})
    public String standard;

    private List<SchoolConditions> region;
    private BalanceStandard parsed;

    @Setup
    public void setUp() {
        parsed = BalanceStandard.parse(standard);
        region = region(schools, 2017L);
        BalanceReport report = BalanceCalculator.assess(region, SchoolLevel.PRIMARY, parsed);
        long failing = report.indicators().stream().filter(r -> !r.passes()).count();
        System.out.printf(
                "%n[setup] %d schools, %d indicators failing, %d schools failing the minimums%n",
                report.schools().size(), failing, report.schoolsFailing());
    }

    static List<SchoolConditions> region(int schools, long seed) {
        Random random = new Random(seed);
        List<SchoolConditions> region = new ArrayList<>(schools);
        for (int s = 0; s < schools; s++) {
            double primary = 60 + random.nextInt(2000);
            double junior = random.nextInt(10) < 3 ? 100 + random.nextInt(900) : 0;
            double provision = 0.3 + 1.7 * random.nextDouble() * random.nextDouble() * 1.6;
            Map<Indicator, Double> resources = new EnumMap<>(Indicator.class);
            for (Indicator indicator : Indicator.values()) {
                double minimum = BalanceCalculator.minimum(SchoolLevel.PRIMARY, indicator);
                double base = Double.isNaN(minimum) ? 10 : minimum;
                double perUnit = base * provision * (0.8 + 0.45 * random.nextDouble());
                resources.put(indicator, (double) Math.round(
                        perUnit * (primary + junior) / indicator.basis().scale()));
            }
            region.add(new SchoolConditions("S" + s, primary, junior, 0, resources));
        }
        return region;
    }

    @Benchmark
    public BalanceReport assess() {
        return BalanceCalculator.assess(region, SchoolLevel.PRIMARY, parsed);
    }

    @Benchmark
    public List<Suggestion> suggest() {
        return BalanceAdvisor.suggest(region, SchoolLevel.PRIMARY, parsed, 10);
    }
}
