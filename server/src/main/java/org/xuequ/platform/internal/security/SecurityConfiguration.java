package org.xuequ.platform.internal.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.xuequ.platform.internal.security.signin.LogoutAudit;
import org.xuequ.platform.internal.web.ProblemRenderer;

/**
 * Session cookie + CSRF (the console reads the XSRF-TOKEN cookie and echoes it as X-XSRF-TOKEN).
 * Everything under /api/ needs a signed-in user except the few public endpoints listed here;
 * roles are checked by EndpointPolicyInterceptor from each endpoint's @Permits, data scope in the services.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    static final String[] PUBLIC_API = {
        "/api/platform/auth/login", "/api/platform/auth/csrf", "/api/public/**",
    };

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ProblemRenderer problems,
            CookieCsrfTokenRepository csrfTokens,
            SecurityContextRepository contexts,
            LogoutAudit logoutAudit,
            ScrapeToken scrapeToken,
            @Value("${management.endpoints.web.base-path:/actuator}") String actuatorBase)
            throws Exception {
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers(PUBLIC_API).permitAll();
                    // Each actuator endpoint as ActuatorPolicy declares it; any other one is refused to all.
                    for (ActuatorPolicy policy : ActuatorPolicy.values()) {
                        String path = actuatorBase + "/" + policy.id();
                        var matcher = requests.requestMatchers(path, path + "/**");
                        switch (policy.access()) {
                            case PUBLIC -> matcher.permitAll();
                            case SCRAPER -> matcher.access(scrapeToken);
                        }
                    }
                    requests.requestMatchers(actuatorBase + "/**").denyAll();
                    requests.requestMatchers("/api/**").authenticated();
                    requests.anyRequest().permitAll();
                })
                // spa() first: it installs a repository of its own, which ours (SameSite, Secure) replaces.
                .csrf(csrf -> csrf.spa().csrfTokenRepository(csrfTokens))
                .securityContext(context -> context.securityContextRepository(contexts))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) ->
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthenticated"))
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                request,
                                response,
                                HttpStatus.FORBIDDEN,
                                csrfFailure(e) ? "problem.csrf" : "problem.forbidden")))
                .logout(logout -> logout.logoutUrl("/api/platform/auth/logout")
                        .addLogoutHandler(logoutAudit)
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
                .headers(headers -> headers.frameOptions(frame -> frame.deny()))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable());
        return http.build();
    }

    private static boolean csrfFailure(Exception e) {
        return e instanceof org.springframework.security.web.csrf.CsrfException;
    }

    @Bean
    CookieCsrfTokenRepository csrfTokenRepository(HttpsProperties https) {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        // Without xuequ.security.secure-cookies the cookie is Secure when the request came over HTTPS.
        repository.setCookieCustomizer(
                https.secureCookies()
                        ? cookie -> cookie.sameSite("Lax").path("/").secure(true)
                        : cookie -> cookie.sameSite("Lax").path("/"));
        return repository;
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }
}
