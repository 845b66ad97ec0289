package org.xuequ.sharing.parties.web;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.access.ScopeRule;
import org.xuequ.sharing.parties.Notifications;

/** In-console notifications (通知) about bookings, for every signed-in user: a unit's staff share their unit's. */
@RestController
@RequestMapping("/api/sharing/notifications")
@Permits(
        value = {Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR},
        scope = ScopeRule.OWN_ACCOUNT)
class NotificationController {

    private final Notifications notifications;
    private final MessageSource messages;

    NotificationController(Notifications notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    /**
     * A notification, its text in the caller's language.
     * @param kind what happened, e.g. BOOKING_PROMOTED
     * @param bookingId the booking it is about; null when none
     * @param resourceId the resource it is about; null when none
     * @param read whether the caller has read it
     */
    record View(
            long id,
            String kind,
            @Nullable Long bookingId,
            @Nullable Long resourceId,
            String title,
            String body,
            Instant createdAt,
            boolean read) {}

    /** The caller's notifications, newest first, optionally unread only. Paged (size at most 100). */
    @GetMapping
    Page<View> list(
            @RequestParam(defaultValue = "false") boolean unreadOnly,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Locale locale = LocaleContextHolder.getLocale();
        return notifications
                .mine(unreadOnly, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100)))
                .map(n -> {
                    Object[] args = n.arguments().toArray();
                    String key = "notification." + n.kind();
                    return new View(
                            n.id(),
                            n.kind(),
                            n.bookingId(),
                            n.resourceId(),
                            messages.getMessage(key + ".title", args, n.kind(), locale),
                            messages.getMessage(key + ".body", args, "", locale),
                            n.createdAt(),
                            n.read());
                });
    }

    /** How many of the caller's notifications are unread (count). */
    @GetMapping("/unread-count")
    Map<String, Long> unreadCount() {
        return Map.of("count", notifications.unreadCount());
    }

    /** Marks one notification read for the caller; 404 when it is not theirs. */
    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@PathVariable long id) {
        notifications.markRead(id);
    }

    /** Marks all the caller's notifications read; answers how many were (marked). */
    @PostMapping("/read-all")
    Map<String, Integer> readAll() {
        return Map.of("marked", notifications.markAllRead());
    }
}
