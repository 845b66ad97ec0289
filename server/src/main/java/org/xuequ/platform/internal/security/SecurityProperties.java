package org.xuequ.platform.internal.security;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailures         consecutive wrong passwords before the account locks
 * @param lockDuration        how long it stays locked
 * @param adminPassword       the first administrator's password (env XUEQU_ADMIN_PASSWORD); generated when blank
 * @param initialPasswordFile where a generated first administrator's password is written (owner-only)
 */
@ConfigurationProperties("xuequ.security")
public record SecurityProperties(
        int maxFailures, Duration lockDuration, String adminPassword, Path initialPasswordFile) {

    public SecurityProperties {
        if (maxFailures <= 0) {
            maxFailures = 5;
        }
        if (lockDuration == null) {
            lockDuration = Duration.ofMinutes(15);
        }
        if (initialPasswordFile == null) {
            initialPasswordFile = Path.of("data", "initial-admin-password");
        }
    }
}
