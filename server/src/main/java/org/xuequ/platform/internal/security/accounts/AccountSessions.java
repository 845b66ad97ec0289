package org.xuequ.platform.internal.security.accounts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sessions at once on every node, where sessions live in the database (Spring Session JDBC).
 * Without it (sessions in the servlet container) {@link AccountStateFilter} still ends them on their next request.
 */
@Component
class AccountSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.sessions = sessions;
    }

    /** Answers how many sessions were ended. */
    int endAll(String username) {
        FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
        if (repository == null) {
            return 0;
        }
        var ids = repository.findByPrincipalName(username).keySet();
        ids.forEach(repository::deleteById);
        return ids.size();
    }
}
