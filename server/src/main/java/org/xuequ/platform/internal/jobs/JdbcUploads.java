package org.xuequ.platform.internal.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.excel.ExcelUpload;
import org.xuequ.platform.excel.Uploads;

/**
 * Uploads in PostgreSQL (platform_upload, bytea): every node can read what any node received. Imports are capped
 * at tens of megabytes, well inside what bytea and the heap handle.
 */
@Component
class JdbcUploads implements Uploads {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcUploads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String keep(MultipartFile file) {
        if (file.isEmpty()) {
            throw XuequProblem.invalid("file", "error.required");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into platform_upload (id, filename, size, content, created_at)
                            values (:id, :filename, :size, :content, :now)""")
                    .param("id", id)
                    .param("filename", file.getOriginalFilename())
                    .param("size", file.getSize())
                    .param("content", file.getBytes())
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return id.toString();
    }

    @Override
    public <T> T read(String id, Function<Path, T> work) {
        Path copy;
        try {
            copy = Files.createTempFile("xuequ-upload-", ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            boolean found = jdbc.sql("select content from platform_upload where id = :id")
                    .param("id", UUID.fromString(id))
                    .query((rs, n) -> {
                        try (InputStream in = rs.getBinaryStream(1)) {
                            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        return true;
                    })
                    .optional()
                    .isPresent();
            if (!found) {
                throw XuequProblem.notFound("Upload", id);
            }
            return work.apply(copy);
        } finally {
            ExcelUpload.delete(copy);
        }
    }

    @Override
    public void delete(String id) {
        jdbc.sql("delete from platform_upload where id = :id")
                .param("id", UUID.fromString(id))
                .update();
    }

    int forgetBefore(Instant cutoff) {
        return jdbc.sql("delete from platform_upload where created_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }
}
