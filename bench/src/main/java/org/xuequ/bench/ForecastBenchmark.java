package org.xuequ.bench;

import java.util.SplittableRandom;
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
import org.xuequ.engine.forecast.Backtest;
import org.xuequ.engine.forecast.Enrollment;
import org.xuequ.engine.forecast.GradeProgression;
import org.xuequ.engine.forecast.ProgressionMethod;

/**
 * A city's grade-progression forecast: for each of {@code districts} districts, ratios from
 * {@code observed} years of {@code grades} grades and a projection {@code horizon} years ahead (the
 * target: 300 × 6 × 6 in under a second); and the backtest of every district over the same history.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ForecastBenchmark {

    @Param({"MEAN", "MEDIAN", "WEIGHTED"})
    public ProgressionMethod method;

    @Param("300")
    public int districts;

    @Param("6")
    public int grades;

    @Param("6")
    public int observed;

    @Param("6")
    public int horizon;

    private Enrollment[] histories;
    private double[][] entries;
    private GradeProgression progression;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(2018);
        histories = new Enrollment[districts];
        entries = new double[districts][horizon];
        for (int d = 0; d < districts; d++) {
            double[][] counts = new double[observed][grades];
            for (int y = 0; y < observed; y++) {
                counts[y][0] = 800 + random.nextInt(800); // a district's first grade: 800-1600 pupils
                for (int g = 1; g < grades; g++) {
                    double previous = y == 0 ? counts[y][0] : counts[y - 1][g - 1];
                    counts[y][g] = Math.round(previous * (0.93 + 0.12 * random.nextDouble()));
                }
            }
            histories[d] = Enrollment.of(2019, 1, counts);
            for (int k = 0; k < horizon; k++) {
                entries[d][k] = 800 + random.nextInt(800);
            }
        }
        progression = GradeProgression.of(method).window(5);
    }

    /** Ratios and a projection for every district; returns a checksum so nothing is optimised away. */
    @Benchmark
    public double forecastCity() {
        double sum = 0;
        for (int d = 0; d < districts; d++) {
            sum += progression.ratios(histories[d]).project(entries[d]).count(2024 + horizon, grades);
        }
        return sum;
    }

    /** The backtest of every district, horizons 1 … observed − 2. */
    @Benchmark
    public double backtestCity() {
        double sum = 0;
        for (int d = 0; d < districts; d++) {
            sum += Backtest.run(histories[d], progression, horizon).mape(1);
        }
        return sum;
    }
}
