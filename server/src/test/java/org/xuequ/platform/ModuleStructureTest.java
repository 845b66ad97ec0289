package org.xuequ.platform;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.xuequ.XuequApplication;

/** One top-level package per business capability; modules use each other only through their APIs. */
class ModuleStructureTest {

    @Test
    void modulesRespectTheirBoundaries() {
        // The engine is a separate library (its own Maven module, no Spring) that enrollment uses as a
        // dependency, not a module of this application.
        ApplicationModules.of(XuequApplication.class,
                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.xuequ.engine..")).verify();
    }
}
