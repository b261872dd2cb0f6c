package org.selfcheck.shared;

import jakarta.ejb.ApplicationException;

/** The caller asked too often in too short a time (a rate limit); nothing was stored, try again later. */
@ApplicationException(rollback = true)
public class TooManyRequestsException extends SelfCheckException {

    public TooManyRequestsException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
