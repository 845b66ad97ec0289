/**
 * Platform 平台: what every business module stands on. Its API is split by concern into named interfaces:
 * {@code access} (roles, data scope, endpoint policies), {@code accounts} (sign-in throttling), {@code audit},
 * {@code excel} (import/export), {@code jobs} (long work with progress); the root holds problems and settings.
 * It depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Platform 平台",
        allowedDependencies = {})
package org.xuequ.platform;
