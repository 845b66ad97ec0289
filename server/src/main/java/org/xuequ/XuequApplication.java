package org.xuequ;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Xuequ (学区): one modular monolith, one top-level package per business capability. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class XuequApplication {

    public static void main(String[] args) {
        SpringApplication.run(XuequApplication.class, args);
    }
}
