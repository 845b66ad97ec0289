package org.xuequ.platform.internal.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailures   consecutive wrong passwords before the account locks
 * @param lockDuration  how long it stays locked
 * @param adminPassword the first administrator's password (env XUEQU_ADMIN_PASSWORD); generated when blank
 */
@ConfigurationProperties("xuequ.security")
record SecurityProperties(int maxFailures, Duration lockDuration, String adminPassword) {

    SecurityProperties {
        if (maxFailures <= 0) {
            maxFailures = 5;
        }
        if (lockDuration == null) {
            lockDuration = Duration.ofMinutes(15);
        }
    }
}
