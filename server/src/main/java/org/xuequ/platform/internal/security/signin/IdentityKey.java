package org.xuequ.platform.internal.security.signin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * HMAC-SHA-256 under a server key: ID numbers have so few possible values that a plain hash would be
 * reversed by trying them all. The key is configured, or made once and shared by every node through
 * the database.
 */
@Component
class IdentityKey {

    private final JdbcClient jdbc;
    private final SignInProperties properties;
    private volatile SecretKeySpec key;

    IdentityKey(JdbcClient jdbc, SignInProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    String hash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            k = new SecretKeySpec(secret(), "HmacSHA256");
            key = k;
        }
        return k;
    }

    private byte[] secret() {
        String configured = properties.identityKey();
        if (configured != null && !configured.isBlank()) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // The first node to get here wins; everyone then reads the same key.
        jdbc.sql("insert into sign_in_key (id, secret) values (1, :secret) on conflict (id) do nothing")
                .param("secret", fresh)
                .update();
        return jdbc.sql("select secret from sign_in_key where id = 1")
                .query(byte[].class)
                .single();
    }
}
