package org.xuequ.platform.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Spring's {@code @Scheduled}, kept for work that may run on every node. Periodic work that must run once per
 * cluster is a {@link org.xuequ.platform.jobs.PeriodicTask} bean (the database-backed job store runs it). Tests
 * switch both off with {@code xuequ.scheduling.enabled=false} and call the work directly.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "xuequ.scheduling.enabled", matchIfMissing = true)
class SchedulingConfiguration {}
