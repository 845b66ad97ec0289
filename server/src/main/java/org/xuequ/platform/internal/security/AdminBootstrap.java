package org.xuequ.platform.internal.security;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xuequ.platform.Accounts.NewAccount;
import org.xuequ.platform.Role;
import org.xuequ.platform.SystemTask;

/**
 * On first start (no users at all) creates the administrator "admin". Its password comes from
 * XUEQU_ADMIN_PASSWORD, or is generated and printed once to the console: there is no fixed
 * default password outside the demo profile.
 */
@Component
@Order(100)
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789".toCharArray();

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
        boolean given = properties.adminPassword() != null && !properties.adminPassword().isBlank();
        String password = given ? properties.adminPassword() : generate();
        SystemTask.run(() -> userAccounts.create(new NewAccount(ADMIN, "系统管理员", Role.ADMIN, password, null, null, null)));
        if (given) {
            log.info("Created the administrator '{}' with the password from XUEQU_ADMIN_PASSWORD", ADMIN);
        } else {
            // Printed, not logged: it must not end up in log files that outlive this first start.
            System.out.printf("%n==========================================================%n"
                    + " 首次启动：已创建管理员 / First start: administrator created%n"
                    + "   username: %s%n   password: %s%n"
                    + " 请登录后妥善保管；此密码不会再次显示。%n"
                    + " Keep it safe: it will not be shown again.%n"
                    + "==========================================================%n%n", ADMIN, password);
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }
}
