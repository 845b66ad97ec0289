package org.xuequ.bench;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.xuequ.engine.rotation.RotationProblem;
import org.xuequ.engine.rotation.RotationProposal;
import org.xuequ.engine.rotation.RotationSettings;
import org.xuequ.engine.rotation.RotationSolver;

/**
 * A rotation round of a region ({@link SyntheticRotation}: 3,000 candidates in 300 schools) solved with a 25 s
 * limit; each run takes seconds, so single shots. Every shot prints its figures (status, gap, CVs, moves, wishes)
 * after the iteration: {@code java -jar bench/target/xuequ-bench.jar RotationBenchmark -f 1 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx4g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class RotationBenchmark {

    @Param({"3000"})
    public int candidates;

    @Param({"300"})
    public int schools;

    @Param({"25"})
    public double limitSeconds;

    @Param({"2026"})
    public long seed;

    private RotationProblem problem;
    private RotationProposal last;

    @Setup
    public void setUp() {
        problem = SyntheticRotation.region(candidates, schools, seed);
        RotationSolver.solve(SyntheticRotation.region(20, 5, 1), Duration.ofSeconds(1)); // loads the native library
    }

    @Benchmark
    public RotationProposal solve() {
        last = RotationSolver.solve(problem, Duration.ofMillis((long) (limitSeconds * 1000)));
        return last;
    }

    @TearDown(Level.Iteration)
    public void report() {
        if (last != null) {
            System.out.printf("%n[figures] %s%n", RotationBench.describe(problem, last, RotationSettings.defaults()));
        }
    }
}
