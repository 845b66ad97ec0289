package org.xuequ.platform.internal.security.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xuequ.platform.internal.security.SecurityProperties;
import org.xuequ.platform.internal.security.accounts.PasswordPolicy.Refusal;
import org.xuequ.platform.jobs.SystemTask;

/**
 * On first start (no users at all) creates the administrator "admin". Its password comes from
 * XUEQU_ADMIN_PASSWORD, or is generated and written to a file only the owner may read, never to
 * the log or the console (both end up in log collectors). A generated password must be changed at
 * the first sign-in; a configured one is the operator's choice and is kept as given.
 */
@Component
@Order(100)
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccountRepository accounts;
    private final UserAccounts userAccounts;
    private final SecurityProperties properties;

    AdminBootstrap(UserAccountRepository accounts, UserAccounts userAccounts, SecurityProperties properties) {
        this.accounts = accounts;
        this.userAccounts = userAccounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String given = properties.adminPassword();
        if (given != null && !given.isBlank()) {
            Set<Refusal> refusals = userAccounts.refusals(given, ADMIN);
            if (!refusals.isEmpty()) {
                // Not refused: operators and the test suite set it on purpose; but say what is weak about it.
                log.warn("The configured administrator password breaks the password policy: {}", refusals);
            }
            SystemTask.run(() -> userAccounts.createFirstAdministrator(ADMIN, given, false));
            log.info("Created the administrator '{}' with the password from XUEQU_ADMIN_PASSWORD", ADMIN);
            return;
        }
        String password = TemporaryPasswords.generate(PasswordPolicy.standard(), ADMIN);
        // The file first: if it cannot be written, no account exists whose password nobody knows.
        Path file = writeOwnerOnly(properties.initialPasswordFile(), password);
        SystemTask.run(() -> userAccounts.createFirstAdministrator(ADMIN, password, true));
        log.warn(
                "Created the administrator '{}'. Its generated password is in {} (readable by this user only); "
                        + "it must be changed at the first sign-in. Delete the file afterwards.",
                ADMIN,
                file.toAbsolutePath());
    }

    /** Replaces any old file: a fresh database means the old password is gone too. */
    private static Path writeOwnerOnly(Path file, String password) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                // Permissions set at creation: the file is never readable by others, not even for a moment.
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
                var f = file.toFile();
                f.setReadable(false, false);
                f.setWritable(false, false);
                f.setReadable(true, true);
                f.setWritable(true, true);
            }
            Files.writeString(
                    file,
                    password + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the first administrator's password to " + file, e);
        }
    }
}
