package org.selfcheck.shared;

import jakarta.interceptor.Interceptor;

/**
 * The order in which the observers of a feature's event run, synchronously in the transaction of the change (an
 * observer that throws rolls the change back): its audit entry first, then what it files with the bureau (whose own
 * entry follows), then the summaries it moves. The values go in {@code @Observes @Priority(..)}.
 */
public final class ObserverOrder {

    public static final int AUDIT = Interceptor.Priority.APPLICATION;
    public static final int FILING = Interceptor.Priority.APPLICATION + 100;
    public static final int SUMMARIES = Interceptor.Priority.APPLICATION + 200;

    private ObserverOrder() {
    }
}
