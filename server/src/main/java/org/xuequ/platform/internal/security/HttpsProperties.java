package org.xuequ.platform.internal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Switches for a deployment served over HTTPS; both off by default because the demo runs on
 * plain http://localhost, where a Secure cookie would never come back.
 *
 * @param secureCookies the session (JSESSIONID) and XSRF-TOKEN cookies carry Secure
 * @param hsts          every response carries Strict-Transport-Security (one year, subdomains),
 *                      also behind a proxy that terminates TLS
 */
@ConfigurationProperties("xuequ.security")
record HttpsProperties(boolean secureCookies, boolean hsts) {}
