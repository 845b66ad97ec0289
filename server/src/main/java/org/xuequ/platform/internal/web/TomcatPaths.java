package org.xuequ.platform.internal.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat refuses an encoded slash (%2F) itself, with an HTML page of its own, before any of our
 * code runs. Passed through, it reaches Spring Security's firewall, which refuses it too, but
 * as a problem like every other error.
 */
@Component
class TomcatPaths implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
    }
}
