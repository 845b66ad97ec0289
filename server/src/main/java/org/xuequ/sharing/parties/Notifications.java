package org.xuequ.sharing.parties;

import java.sql.Array;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.CurrentUser;

/**
 * In-console notifications. Addressed to parties (a unit's staff share them), read state kept per
 * user. Texts are rendered per request from message keys, so each reader gets their language.
 */
@Service
@Transactional
public class Notifications {

    private final JdbcClient jdbc;
    private final Parties parties;
    private final CurrentUser currentUser;

    Notifications(JdbcClient jdbc, Parties parties, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.parties = parties;
        this.currentUser = currentUser;
    }

    /** A notification as stored: its text is {@code notification.<kind>.title/body} with {@code arguments}. */
    public record Notice(
            long id,
            String kind,
            Long bookingId,
            Long resourceId,
            List<String> arguments,
            Instant createdAt,
            boolean read) {}

    /** Stores one notice per recipient party; {@code arguments} fill in its text when it is read. */
    public void send(Collection<String> recipients, String kind, Long bookingId, Long resourceId, String[] arguments) {
        for (String recipient : recipients) {
            jdbc.sql(
                            "insert into sharing_notification (recipient_key, kind, booking_id, resource_id, arguments) values (?, ?, ?, ?, ?)")
                    .params(recipient, kind, bookingId, resourceId, arguments)
                    .update();
        }
    }

    @Transactional(readOnly = true)
    public Page<Notice> mine(boolean unreadOnly, Pageable pageable) {
        String key = parties.current().key();
        long user = userId();
        String unread = unreadOnly ? " and r.notification_id is null" : "";
        List<Notice> rows = jdbc.sql("""
                select n.id, n.kind, n.booking_id, n.resource_id, n.arguments, n.created_at, r.notification_id is not null
                  from sharing_notification n
                  left join sharing_notification_read r on r.notification_id = n.id and r.user_id = ?
                 where n.recipient_key = ?""" + unread + " order by n.created_at desc, n.id desc limit ? offset ?")
                .params(user, key, pageable.getPageSize(), pageable.getOffset())
                .query((rs, n) -> new Notice(
                        rs.getLong(1),
                        rs.getString(2),
                        (Long) rs.getObject(3),
                        (Long) rs.getObject(4),
                        strings(rs.getArray(5)),
                        rs.getTimestamp(6).toInstant(),
                        rs.getBoolean(7)))
                .list();
        long total = jdbc.sql("""
                select count(*) from sharing_notification n
                  left join sharing_notification_read r on r.notification_id = n.id and r.user_id = ?
                 where n.recipient_key = ?""" + unread).params(user, key).query(Long.class).single();
        return new PageImpl<>(rows, pageable, total);
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return jdbc.sql("""
                select count(*) from sharing_notification n
                 where n.recipient_key = ? and not exists (select 1 from sharing_notification_read r
                                                            where r.notification_id = n.id and r.user_id = ?)""")
                .params(parties.current().key(), userId())
                .query(Long.class)
                .single();
    }

    public void markRead(long id) {
        int found = jdbc.sql("select count(*) from sharing_notification where id = ? and recipient_key = ?")
                .params(id, parties.current().key())
                .query(Integer.class)
                .single();
        if (found == 0) {
            throw XuequProblem.notFound("Notification", id);
        }
        jdbc.sql(
                        "insert into sharing_notification_read (notification_id, user_id) values (?, ?) on conflict do nothing")
                .params(id, userId())
                .update();
    }

    public int markAllRead() {
        return jdbc.sql("""
                insert into sharing_notification_read (notification_id, user_id)
                select n.id, ? from sharing_notification n where n.recipient_key = ?
                on conflict do nothing""").params(userId(), parties.current().key()).update();
    }

    private long userId() {
        return currentUser.get().orElseThrow().id();
    }

    private static List<String> strings(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
