package org.xuequ.platform.internal.security.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** X-Forwarded-For counts only when configured, and then only the entry our own proxy appended. */
class ClientAddressTrustsOnlyOurOwnProxyTest {

    @Test
    void withoutTrustTheHeaderIsIgnored() {
        assertThat(ClientAddress.of(request("10.0.0.2", "198.51.100.7"), false)).isEqualTo("10.0.0.2");
    }

    @Test
    void withTrustTheRightMostEntryIsTheClientAndWhatTheClientWroteIsIgnored() {
        // The client forged "1.2.3.4"; our proxy appended the address it really came from.
        assertThat(ClientAddress.of(request("10.0.0.2", "1.2.3.4, 198.51.100.7"), true))
                .isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of(request("10.0.0.2", "1.2.3.4", "198.51.100.8 "), true))
                .isEqualTo("198.51.100.8");
    }

    @Test
    void withTrustButNoHeaderTheConnectionsAddressCounts() {
        assertThat(ClientAddress.of(request("10.0.0.2"), true)).isEqualTo("10.0.0.2");
        assertThat(ClientAddress.of(request("10.0.0.2", " , "), true)).isEqualTo("10.0.0.2");
    }

    private static MockHttpServletRequest request(String remote, String... forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(remote);
        for (String value : forwardedFor) {
            request.addHeader("X-Forwarded-For", value);
        }
        return request;
    }
}
