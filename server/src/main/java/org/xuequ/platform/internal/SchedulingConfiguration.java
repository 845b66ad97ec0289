package org.xuequ.platform.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Periodic housekeeping (e.g. expiring undecided bookings). Tests switch it off with
 * {@code xuequ.scheduling.enabled=false} and call the work directly, so nothing changes data behind their back.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "xuequ.scheduling.enabled", matchIfMissing = true)
class SchedulingConfiguration {}
