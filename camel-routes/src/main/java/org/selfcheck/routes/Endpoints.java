package org.selfcheck.routes;

/**
 * Endpoint URIs of the routes, as property placeholders with their production defaults, so that a test
 * (or an operator) can point one at another endpoint without touching a route.
 */
public final class Endpoints {

    /** Company registered/updated events, published by the company service in its transaction. */
    public static final String COMPANY_EVENTS = "{{selfcheck.endpoint.company-events:jms:queue:CompanyEvents}}";

    /** Where a message goes once redelivery is exhausted: Artemis' DLQ in WildFly's standalone-full. */
    public static final String DEAD_LETTERS = "{{selfcheck.endpoint.dead-letters:jms:queue:DLQ}}";

    private Endpoints() {
    }
}
