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
import org.xuequ.engine.lottery.Lottery;

/** Drawing every applicant's number: SHA-256 per applicant, on one thread and on all cores. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1536m", "-Xmx1536m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LotteryBenchmark {

    static final String SEED = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @Param("1000000")
    public int applicants;

    private String[] ids;
    private Lottery lottery;

    @Setup
    public void setUp() {
        ids = new String[applicants];
        for (int a = 0; a < applicants; a++) {
            ids[a] = SyntheticCity.applicantId(a);
        }
        lottery = Lottery.ofHexSeed(SEED);
    }

    @Benchmark
    public long[] drawOneThread() {
        long[] out = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = lottery.number(ids[i]);
        }
        return out;
    }

    @Benchmark
    public long[] drawAllCores() {
        return lottery.numbers(ids);
    }
}
