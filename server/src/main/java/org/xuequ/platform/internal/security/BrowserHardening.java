package org.xuequ.platform.internal.security;

import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.xuequ.platform.internal.web.ProblemRenderer;

/**
 * What every response tells the browser, and what the firewall answers. Spring Security applies
 * a Customizer bean of the headers configurer to every filter chain.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpsProperties.class)
class BrowserHardening {

    /**
     * Fits the Vite-built console: its scripts are files of its own (no inline script, no eval;
     * vue-i18n compiles messages without eval), Element Plus and ECharts set inline styles, and
     * ECharts may draw into blob: or data: images. Swagger UI (when enabled) fits it as well.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; "
            + "form-action 'self'; object-src 'none'";

    @Bean
    Customizer<HeadersConfigurer<HttpSecurity>> browserHeaders(HttpsProperties https) {
        return headers -> {
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    // The console's URLs carry search terms (names); no other site gets them.
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .contentTypeOptions(Customizer.withDefaults());
            // Before the handler runs: a HEAD of a static file is answered without ever committing
            // the body, and headers written at commit would never be written.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            if (https.hsts()) {
                headers.httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds())
                                .includeSubDomains(true)
                                .requestMatcher(request -> true));
            } else {
                headers.httpStrictTransportSecurity(hsts -> hsts.disable());
            }
        };
    }

    /** An encoded slash, a double slash or a semicolon in a path: a 400 problem, not a 500. */
    @Bean
    WebSecurityCustomizer firewallProblems(ProblemRenderer problems) {
        return web -> web.requestRejectedHandler((request, response, e) ->
                problems.write(request, response, HttpStatus.BAD_REQUEST, "problem.rejected-request"));
    }
}
