package org.xuequ.supervision.photos;

/**
 * Where photo bytes live. The default keeps them in PostgreSQL ({@link PostgresPhotoStore}), so a backup of the
 * database holds everything; a deployment with many photos can provide another store (e.g. under the data
 * directory, or object storage) as a {@code @Primary} bean. Keys are opaque to callers.
 */
public interface PhotoStore {

    /** Stores the bytes and answers their key. */
    String put(byte[] bytes);

    /** The bytes stored under the key. */
    byte[] get(String key);
}
