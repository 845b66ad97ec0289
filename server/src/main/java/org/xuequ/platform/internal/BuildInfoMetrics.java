package org.xuequ.platform.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/** xuequ_build_info{version, built} = 1: which build each node runs, for dashboards spanning a rolling upgrade. */
@Component
class BuildInfoMetrics implements MeterBinder {

    private final ObjectProvider<BuildProperties> build;

    BuildInfoMetrics(ObjectProvider<BuildProperties> build) {
        this.build = build;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        BuildProperties properties = build.getIfAvailable();
        Gauge.builder("xuequ.build.info", () -> 1)
                .description("The build this node runs")
                .tag("version", properties == null ? "unknown" : properties.getVersion())
                .tag(
                        "built",
                        properties == null || properties.getTime() == null
                                ? "unknown"
                                : properties.getTime().toString())
                .register(registry);
    }
}
