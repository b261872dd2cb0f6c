package org.selfcheck.shared;

import jakarta.ejb.ApplicationException;

/** The record asked for does not exist (or not yet: e.g. a company that is not registered). */
@ApplicationException(rollback = true)
public class NotFoundException extends SelfCheckException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
