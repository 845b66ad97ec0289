package org.xuequ.platform.internal.security.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;

/**
 * The address a request came from. X-Forwarded-For is anyone's to write, so it counts only when
 * configured, and then only its right-most entry: the one our own proxy appended.
 */
final class ClientAddress {

    private ClientAddress() {}

    static String of(HttpServletRequest request, boolean trustForwardedFor) {
        if (trustForwardedFor) {
            List<String> headers = Collections.list(request.getHeaders("X-Forwarded-For"));
            for (int h = headers.size() - 1; h >= 0; h--) {
                String[] entries = headers.get(h).split(",");
                for (int e = entries.length - 1; e >= 0; e--) {
                    String entry = entries[e].strip();
                    if (!entry.isEmpty()) {
                        return entry;
                    }
                }
            }
        }
        return request.getRemoteAddr();
    }
}
