package org.xuequ.platform.internal.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who may call each actuator endpoint, declared here as controllers declare theirs with {@code @Permits} and
 * {@code @PublicEndpoint} (actuator endpoints are not controllers). {@link SecurityConfiguration} enforces it, and
 * an exposed endpoint missing here is refused to everyone; {@code ActuatorEndpointsDeclareWhoMayCallThemTest}
 * calls each one as every kind of caller.
 */
public enum ActuatorPolicy {
    HEALTH("health", Access.PUBLIC, "load balancers and orchestrators probe it; it answers UP or DOWN, no details"),
    INFO("info", Access.PUBLIC, "the build's version and time, for operators following a rollout"),
    PROMETHEUS(
            "prometheus",
            Access.SCRAPER,
            "Prometheus with the bearer token xuequ.metrics.token, or a signed-in administrator");

    /** Kinds of caller an actuator endpoint can admit. */
    public enum Access {
        /** Anyone, without signing in. */
        PUBLIC,
        /** A scraper presenting the configured token, or a signed-in administrator. */
        SCRAPER
    }

    private final String id;
    private final Access access;
    private final String because;

    ActuatorPolicy(String id, Access access, String because) {
        this.id = id;
        this.access = access;
        this.because = because;
    }

    public String id() {
        return id;
    }

    public Access access() {
        return access;
    }

    public String because() {
        return because;
    }

    public static Optional<ActuatorPolicy> of(String endpointId) {
        return Arrays.stream(values()).filter(p -> p.id.equals(endpointId)).findFirst();
    }
}
