package org.xuequ.bench;

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
import org.xuequ.engine.allocation.AllocationProcedure;
import org.xuequ.engine.allocation.AllocationResult;
import org.xuequ.engine.allocation.Market;
import org.xuequ.engine.allocation.Mechanism;
import org.xuequ.engine.lottery.Lottery;

/**
 * One full allocation run (lottery ordering, stage set-up, mechanism, result) on the synthetic city,
 * single-threaded. Lottery numbers are drawn once in setup; {@link LotteryBenchmark} times them.
 * The fork's heap is capped at 1.5 GB, so a run that needed more would fail.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1536m", "-Xmx1536m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AllocationBenchmark {

    @Param({"DA", "BOSTON", "SERIAL"})
    public Mechanism mechanism;

    @Param("1000000")
    public int applicants;

    @Param("2000")
    public int schools;

    @Param("10")
    public int choices;

    private Market market;
    private long[] lottery;
    private AllocationProcedure run;

    @Setup
    public void setUp() {
        market = SyntheticCity.generate(applicants, schools, choices, 2018L).toMarket();
        String[] ids = new String[market.applicantCount()];
        for (int a = 0; a < ids.length; a++) {
            ids[a] = market.applicantId(a);
        }
        lottery = Lottery.ofHexSeed(LotteryBenchmark.SEED).numbers(ids);
        run = AllocationProcedure.single(mechanism);
        AllocationResult result = run.run(market, lottery);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                "%n[setup] %s placed %d of %d; heap in use after setup %d MB%n",
                mechanism, result.placedCount(), market.applicantCount(), (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    @Benchmark
    public AllocationResult allocate() {
        return run.run(market, lottery);
    }
}
