package org.selfcheck.shared;

import java.util.List;

/** A failure a user can understand: a message key (see {@link Messages}) with its arguments. */
public abstract class SelfCheckException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    protected SelfCheckException(String messageKey, String detail, Object... arguments) {
        super(messageKey + (detail == null ? "" : " " + detail));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
