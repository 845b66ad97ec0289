package org.xuequ.governance.notices.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.governance.notices.Notices;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.access.ScopeRule;

/** The caller's governance notices: meeting invitations, overdue minutes, action reminders and escalations. */
@RestController
@RequestMapping("/api/governance/notices")
@Permits(
        value = {Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR},
        scope = ScopeRule.OWN_ACCOUNT)
class GovernanceNoticeController {

    private final Notices notices;

    GovernanceNoticeController(Notices notices) {
        this.notices = notices;
    }

    /** The caller's notices (their account's, their unit's, their districts' office's, the commission's), newest first. */
    @GetMapping
    List<Notices.Notice> mine(@RequestParam(defaultValue = "100") int limit) {
        return notices.mine(limit);
    }

    /** Marks one of the caller's notices read. */
    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@PathVariable long id) {
        notices.markRead(id);
    }
}
