package org.xuequ.supervision.photos;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xuequ.platform.XuequProblem;

/** The default photo store: a bytea table in the application's own PostgreSQL. */
@Component
class PostgresPhotoStore implements PhotoStore {

    private final JdbcClient jdbc;

    PostgresPhotoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String put(byte[] bytes) {
        String key = "pg:" + UUID.randomUUID();
        jdbc.sql("insert into supervision_photo_data (storage_key, bytes) values (:key, :bytes)")
                .param("key", key)
                .param("bytes", bytes)
                .update();
        return key;
    }

    @Override
    public byte[] get(String key) {
        return jdbc.sql("select bytes from supervision_photo_data where storage_key = :key")
                .param("key", key)
                .query(byte[].class)
                .optional()
                .orElseThrow(() -> XuequProblem.notFound("photo", key));
    }
}
