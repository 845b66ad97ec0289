package org.xuequ.platform.excel;

import java.nio.file.Path;
import java.util.function.Function;
import org.springframework.web.multipart.MultipartFile;
import org.xuequ.platform.XuequProblem;

/**
 * Where an upload waits for the job that reads it, so that any node can run the job (the default keeps it in
 * PostgreSQL). The job deletes it when it ends; uploads left behind are forgotten after a day.
 */
public interface Uploads {

    /**
     * Keeps the upload and answers its id.
     *
     * @throws XuequProblem 400 when no file was sent
     */
    String keep(MultipartFile file);

    /** Hands {@code work} the upload as a local file, deleted again when the work returns. */
    <T> T read(String id, Function<Path, T> work);

    void delete(String id);

    /** Reads the upload once for the job that was waiting for it, and deletes it whether the work succeeds or not. */
    default <T> T readOnce(String id, Function<Path, T> work) {
        try {
            return read(id, work);
        } finally {
            delete(id);
        }
    }
}
