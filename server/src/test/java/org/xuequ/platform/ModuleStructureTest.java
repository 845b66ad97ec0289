package org.xuequ.platform;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.xuequ.XuequApplication;

/** One top-level package per business capability; modules use each other only through their APIs. */
class ModuleStructureTest {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(XuequApplication.class).verify();
    }
}
