package org.xuequ.platform.internal.web;

import static org.springframework.data.web.config.EnableSpringDataWebSupport.PageSerializationMode.VIA_DTO;

import com.fasterxml.jackson.annotation.Nulls;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.data.web.config.EnableSpringDataWebSupport;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;

@Configuration(proxyBeanMethods = false)
@EnableSpringDataWebSupport(pageSerializationMode = VIA_DTO)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** Chinese first: callers that ask for nothing, or for a language we lack, get Chinese. */
    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setDefaultLocale(CHINESE);
        resolver.setSupportedLocales(List.of(CHINESE, Locale.ENGLISH));
        return resolver;
    }

    /**
     * A null inside a list or map of a request (`"positions": [null]`) is refused as bad input naming the element,
     * instead of reaching the code as a null it never expects.
     */
    @Bean
    JsonMapperBuilderCustomizer nullElementsAreRefused() {
        return builder -> builder.changeDefaultNullHandling(handling -> handling.withContentNulls(Nulls.FAIL));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SortGuard());
    }

    /**
     * The console is a single-page app with history routing: a path that is neither a file nor an
     * API, documentation or actuator path gets index.html, and the console's router takes over.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/static/")
                .resourceChain(true)
                .addResolver(new PathResourceResolver() {
                    @Override
                    protected Resource getResource(String path, Resource location) throws IOException {
                        Resource resource = super.getResource(path, location);
                        if (resource != null || isServerPath(path) || path.contains(".")) {
                            return resource;
                        }
                        Resource index = new ClassPathResource("static/index.html");
                        return index.exists() ? index : null;
                    }
                });
    }

    private static boolean isServerPath(String path) {
        return path.startsWith("api/")
                || path.startsWith("actuator")
                || path.startsWith("v3/")
                || path.startsWith("swagger-ui");
    }
}
