package org.xuequ.platform.internal.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI xuequOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Xuequ 学区 API")
                        .version("0.1")
                        .description("""
                        学区制管理平台接口。会话 Cookie 登录（POST /api/platform/auth/login），写操作须带 X-XSRF-TOKEN 头；\
                        错误一律为 RFC 9457 application/problem+json。
                        School-district platform API. Session-cookie sign-in; writes need the X-XSRF-TOKEN header; \
                        every error is an RFC 9457 problem.""")
                        .license(new License().name("Apache-2.0")));
    }
}
