package org.selfcheck.demo;

/** The scenario cannot go on: the message says which user, which call and what the portal answered. */
public final class DemoException extends RuntimeException {

    DemoException(String message) {
        super(message);
    }
}
