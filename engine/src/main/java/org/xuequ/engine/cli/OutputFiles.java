package org.xuequ.engine.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Output files that appear whole or not at all: each is written to a temporary file in its target
 * directory and moved into place only once every output has been written, so a failed run never
 * leaves a partial or stale-looking result.
 */
final class OutputFiles implements AutoCloseable {

    /** Writes one file's content. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final List<Path> targets = new ArrayList<>();
    private final List<Path> temporaries = new ArrayList<>();

    /** Checks the target's directory exists now, so that bad paths fail before any work. */
    static Path target(String option, String file) throws InputError {
        Path path = Path.of(file).toAbsolutePath();
        if (!Files.isDirectory(path.getParent())) {
            throw new InputError("--" + option + ": directory " + path.getParent() + " does not exist");
        }
        if (Files.isDirectory(path)) {
            throw new InputError("--" + option + ": " + file + " is a directory");
        }
        return path;
    }

    void write(Path target, Content content) throws IOException {
        // createFile, unlike createTempFile, gives the file the usual permissions (umask), not 0600
        Path temporary = target.resolveSibling(
                "." + target.getFileName() + "." + ProcessHandle.current().pid() + "." + temporaries.size() + ".tmp");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary);
        temporaries.add(temporary);
        targets.add(target);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
            content.writeTo(out);
        }
    }

    /** Moves every written file into place. */
    void commit() throws IOException {
        for (int i = 0; i < targets.size(); i++) {
            try {
                Files.move(
                        temporaries.get(i),
                        targets.get(i),
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporaries.get(i), targets.get(i), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        temporaries.clear();
    }

    /** Removes temporaries left by a failure. */
    @Override
    public void close() throws IOException {
        for (Path temporary : temporaries) {
            Files.deleteIfExists(temporary);
        }
    }
}
