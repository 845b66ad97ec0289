package org.xuequ.platform.internal.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM killed with SIGKILL leaves its embedded PostgreSQL running, still holding the data
 * directory, and the next start gives up waiting for a server that can never start. Before
 * starting, this finds such an orphan through postmaster.pid and stops it; a pid that is dead,
 * or that now belongs to some other program, only leaves a stale file behind, which goes.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private final Path dataDirectory;
    private final Duration patience;

    OrphanedPostmaster(Path dataDirectory, Duration patience) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.patience = patience;
    }

    /** Leaves the data directory free for a new postmaster. */
    void clear() throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Optional<Long> pid = pidIn(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (process.isPresent() && servesThisDirectory(pid.get())) {
            stop(process.get());
        } else {
            log.warn("Removing stale {}: process {} is not a PostgreSQL serving this directory", pidFile, pid.get());
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> pidIn(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream()
                .findFirst()
                .orElse("")
                .trim();
        try {
            return first.isEmpty() ? Optional.of(0L) : Optional.of(Long.parseLong(first));
        } catch (NumberFormatException e) {
            return Optional.of(0L);
        }
    }

    /**
     * Only a postgres started on this very directory is ours to stop: pids are reused, and a
     * process that merely got the old number must be left alone.
     */
    private boolean servesThisDirectory(long pid) {
        List<String> args = commandLine(pid);
        if (args.isEmpty() || !Path.of(args.get(0)).getFileName().toString().startsWith("postgres")) {
            return false;
        }
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals("-D") && sameDirectory(args.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private boolean sameDirectory(String argument) {
        try {
            return Files.isSameFile(Path.of(argument), dataDirectory);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static List<String> commandLine(long pid) {
        try {
            String raw = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"), StandardCharsets.UTF_8);
            return List.of(raw.split("\0"));
        } catch (IOException | RuntimeException e) {
            // No /proc (not Linux): ProcessHandle knows the command line where the platform tells it.
            return ProcessHandle.of(pid)
                    .flatMap(p -> p.info().commandLine())
                    .map(line -> List.of(line.split(" ")))
                    .orElse(List.of());
        }
    }

    /**
     * SIGTERM asks for a shutdown that writes a checkpoint; an orphan has no clients left, so it
     * goes at once. If it does not within the patience, SIGKILL it and its backends: WAL replay at
     * the next start brings back every committed transaction.
     */
    private void stop(ProcessHandle postmaster) {
        log.warn(
                "Stopping PostgreSQL {} left running on {} by a previous run that did not shut down",
                postmaster.pid(),
                dataDirectory);
        List<ProcessHandle> backends = postmaster.descendants().toList();
        postmaster.destroy();
        if (!gone(postmaster, patience)) {
            log.warn("PostgreSQL {} did not stop within {}; killing it", postmaster.pid(), patience);
            backends.forEach(ProcessHandle::destroyForcibly);
            postmaster.destroyForcibly();
            if (!gone(postmaster, Duration.ofSeconds(30))) {
                throw new IllegalStateException("Cannot stop PostgreSQL " + postmaster.pid() + " on " + dataDirectory);
            }
        }
        // Backends exit when their postmaster dies; wait so none still holds shared memory.
        backends.forEach(backend -> gone(backend, Duration.ofSeconds(10)));
    }

    private static boolean gone(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return !process.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
