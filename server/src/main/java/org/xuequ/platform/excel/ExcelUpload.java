package org.xuequ.platform.excel;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.multipart.MultipartFile;
import org.xuequ.platform.XuequProblem;

/**
 * The web side of Excel import and export for every module: an upload is copied to a temporary
 * file (imports stream it, possibly in a background job after the request has ended) and deleted
 * afterwards; downloads are .xlsx attachments with a UTF-8 file name.
 */
public final class ExcelUpload {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ExcelUpload() {}

    /** @throws XuequProblem 400 when no file was sent */
    public static Path copy(MultipartFile file) {
        if (file.isEmpty()) {
            throw XuequProblem.invalid("file", "error.required");
        }
        try {
            Path copy = Files.createTempFile("xuequ-import-", ".xlsx");
            file.transferTo(copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    /** Starts an .xlsx download; write the workbook to the stream returned. */
    public static OutputStream xlsx(HttpServletResponse response, String filename) throws IOException {
        response.setContentType(XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        return response.getOutputStream();
    }
}
