/**
 * Sample data (示例数据) for the demo profile: synthetic but plausible, deterministic, and marked
 * as sample data in the console. Never active in production.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo data 示例数据",
        allowedDependencies = {
            "platform",
            "platform :: *",
            "registry",
            "registry :: *",
            "enrollment :: *",
            "sharing :: *",
            "evaluation :: *",
            "supervision",
            "supervision :: *",
            "governance :: *",
            "workforce",
            "workforce :: *"
        })
package org.xuequ.demo;
