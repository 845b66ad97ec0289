package org.xuequ.platform.internal.security.signin;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInProperties.class)
class RateLimitConfiguration implements WebMvcConfigurer {

    private final RateLimits rateLimits;

    RateLimitConfiguration(RateLimits rateLimits) {
        this.rateLimits = rateLimits;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(rateLimits).addPathPatterns("/api/**");
    }
}
