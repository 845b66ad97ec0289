package org.xuequ.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.PlatformSettings;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.CurrentUser.SignedInUser;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.PublicEndpoint;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.access.ScopeRule;
import org.xuequ.platform.accounts.RateLimited;
import org.xuequ.platform.internal.security.accounts.UserAccounts;
import org.xuequ.platform.internal.security.signin.LoginService;

/** Signing in and the signed-in user's own account (password, language), for every role. */
@RestController
@RequestMapping("/api/platform/auth")
class AuthController {

    private final LoginService loginService;
    private final UserAccounts userAccounts;
    private final CurrentUser currentUser;
    private final SecurityContextRepository contexts;
    private final CsrfAuthenticationStrategy csrfRotation;
    private final ScopeLabels scopeLabels;
    private final PlatformSettings settings;

    AuthController(
            LoginService loginService,
            UserAccounts userAccounts,
            CurrentUser currentUser,
            SecurityContextRepository contexts,
            CookieCsrfTokenRepository csrfTokens,
            ScopeLabels scopeLabels,
            PlatformSettings settings) {
        this.loginService = loginService;
        this.userAccounts = userAccounts;
        this.currentUser = currentUser;
        this.contexts = contexts;
        this.csrfRotation = new CsrfAuthenticationStrategy(csrfTokens);
        this.scopeLabels = scopeLabels;
        this.settings = settings;
    }

    /** A username and password to sign in with. */
    record LoginRequest(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 200) String password) {}

    /** The language to use: zh-CN or en. */
    record LocaleRequest(
            @NotBlank @Pattern(regexp = "zh-CN|en") String locale) {}

    /**
     * The signed-in user as the console needs them.
     * @param role the role's name (ADMIN, COMMISSION, DISTRICT_OFFICE, UNIT, INSTITUTION, INSPECTOR)
     * @param locale the user's chosen language: zh-CN or en
     * @param scope the data scope (数据范围) the user's reads and writes are limited to
     * @param demo whether this installation holds sample data
     * @param passwordChangeRequired whether the user must change their password before doing anything else (after a
     *     reset)
     */
    record Me(
            long id,
            String username,
            String displayName,
            String role,
            String locale,
            ScopeView scope,
            boolean demo,
            boolean passwordChangeRequired) {}

    /** Not bean-validated: the password policy answers for every field, with its own reasons. */
    record PasswordChange(String currentPassword, String newPassword) {}

    /** The console calls this before its first write; the token also arrives as the XSRF-TOKEN cookie. */
    @PublicEndpoint("the console reads the CSRF token before anyone signs in")
    @GetMapping("/csrf")
    Map<String, String> csrf(CsrfToken token) {
        return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
    }

    /**
     * Signs in with username and password and starts a session (a new session id and a new CSRF token); answers the
     * signed-in user. Wrong credentials, a disabled account and a locked account each answer 401 with their own
     * problem; attempts are counted and rate-limited.
     */
    @PublicEndpoint("signing in; attempts are counted and rate-limited")
    @PostMapping("/login")
    @RateLimited("sign-in")
    Me login(@Valid @RequestBody LoginRequest body, HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = loginService.login(body.username(), body.password());
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        csrfRotation.onAuthentication(authentication, request, response);
        // Load the rotated token now so that its cookie goes out with this response.
        ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken();
        return me();
    }

    /**
     * The signed-in user: name, role, language, data scope and whether a password change is due. 401 when nobody is
     * signed in.
     */
    @Permits(
            value = {Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR},
            scope = ScopeRule.OWN_ACCOUNT)
    @GetMapping("/me")
    Me me() {
        SignedInUser user = currentUser
                .get()
                .orElseThrow(() ->
                        new XuequProblem(org.springframework.http.HttpStatus.UNAUTHORIZED, "problem.unauthenticated"));
        var account = userAccounts.self(user.id());
        return new Me(
                user.id(),
                user.username(),
                user.displayName(),
                user.role().name(),
                account.getLocale(),
                scopeLabels.view(user.scope()),
                settings.holdsSampleData(),
                account.isPasswordChangeRequired());
    }

    /**
     * Every signed-in user changes their own password here, also when a reset forces them to. The current password
     * proves who they are (wrong tries count like sign-ins); 400 names what the password policy refuses. This session
     * stays signed in under a new id, the account's other sessions end.
     */
    @PutMapping("/password")
    @Permits(
            value = {Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR},
            scope = ScopeRule.OWN_ACCOUNT)
    Me changePassword(@RequestBody PasswordChange body, HttpServletRequest request, HttpServletResponse response) {
        userAccounts.changeOwnPassword(body.currentPassword(), body.newPassword());
        request.changeSessionId(); // a new credential, a new session id
        // Stores the session's user again, now knowing the new password's time (the account's other sessions end).
        contexts.saveContext(SecurityContextHolder.getContext(), request, response);
        return me();
    }

    /**
     * Stores the signed-in user's language (zh-CN or en) for the console and the server's messages; answers the
     * updated user.
     */
    @Permits(
            value = {Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR},
            scope = ScopeRule.OWN_ACCOUNT)
    @PutMapping("/me/locale")
    Me changeLocale(@Valid @RequestBody LocaleRequest body) {
        currentUser.get().ifPresent(user -> userAccounts.changeLocale(user.id(), body.locale()));
        return me();
    }
}
