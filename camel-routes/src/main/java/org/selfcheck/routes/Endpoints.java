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

    /**
     * What triggers a poll of the filing outbox: a timer by default. {@link FilingDeliveryRoute} appends its
     * {@code period} and {@code delay} as options, so a replacement names an endpoint without options.
     */
    public static final String FILING_OUTBOX_POLL = "{{selfcheck.endpoint.filing-outbox-poll:timer:filing-outbox}}";

    /** What triggers a claim of queued import rows ({@link CompanyImportRoutes} appends period and delay). */
    public static final String COMPANY_IMPORT_ROWS_POLL = "{{selfcheck.endpoint.company-import-rows-poll:timer:company-import-rows}}";

    /** What triggers a claim of pending import invitations ({@link CompanyImportRoutes} appends period and delay). */
    public static final String COMPANY_IMPORT_INVITATIONS_POLL =
            "{{selfcheck.endpoint.company-import-invitations-poll:timer:company-import-invitations}}";

    private Endpoints() {
    }
}
