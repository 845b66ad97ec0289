package org.xuequ.platform.internal.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * xuequ.jobs.*: how often a node says its jobs are alive, and after how many missed beats another node takes a
 * durable job over (or marks a job it cannot take over failed). Short beats find a dead node sooner; a node
 * paused longer than beats × missed (a long GC) would see its durable job started again elsewhere.
 *
 * @param node this node's name in platform_job and scheduled_tasks (default: host name and process id)
 * @param workers threads for jobs started on this node and for durable and periodic work
 * @param pollingInterval how often a node looks for durable and periodic work that is due
 * @param keepFinished how long finished jobs stay answerable
 * @param keepUploads how long an upload whose job never ended is kept
 */
@ConfigurationProperties("xuequ.jobs")
public record JobProperties(
        String node,
        @DefaultValue("2") int workers,
        @DefaultValue("10s") Duration heartbeat,
        @DefaultValue("6") int missedHeartbeats,
        @DefaultValue("5s") Duration pollingInterval,
        @DefaultValue("7d") Duration keepFinished,
        @DefaultValue("1d") Duration keepUploads) {

    Duration deadAfter() {
        return heartbeat.multipliedBy(missedHeartbeats);
    }
}
