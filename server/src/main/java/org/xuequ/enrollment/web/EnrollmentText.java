package org.xuequ.enrollment.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Sentences for the caller's language (zh-CN first, English second) from messages-enrollment. */
@Component
public class EnrollmentText {

    private final MessageSource messages;

    EnrollmentText(MessageSource messages) {
        this.messages = messages;
    }

    public String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
