package org.xuequ.workforce.rotation.web;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.xuequ.platform.jobs.DurableJob;
import org.xuequ.platform.jobs.Jobs;
import org.xuequ.workforce.rotation.RotationRounds;
import org.xuequ.workforce.rotation.RoundView;

/**
 * A round's solve as a durable job, for the console to show its progress: any node can run it as the official who
 * asked, and running it again after a node stopped is harmless (a solve replaces the previous proposal whole; a stale
 * version is refused).
 */
@Component
class RotationSolveJob implements DurableJob<RotationSolveJob.Input> {

    record Input(long roundId, long version) {}

    private final RotationRounds rounds;

    RotationSolveJob(RotationRounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Object run(Input input, Jobs.Progress progress) {
        progress.phase("solving");
        progress.total(1);
        RoundView round = rounds.solve(input.roundId(), input.version());
        progress.processed(1);
        return Map.of("roundId", round.round().id(), "version", round.round().version());
    }
}
