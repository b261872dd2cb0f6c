/**
 * Camel routes of SelfCheck: one {@code *Route} RouteBuilder per flow, error handling for all of them
 * in {@link org.selfcheck.routes.SelfCheckRouteConfiguration}, endpoint URIs in {@link org.selfcheck.routes.Endpoints}.
 * The one exception is the delivery of filings to the bureaus ({@link org.selfcheck.routes.FilingDeliveryRoute}),
 * whose outbox keeps the state of failed attempts; what it needs lives here too: its backoff
 * ({@link org.selfcheck.routes.Redelivery}), the check of the bureau's signed receipt
 * ({@link org.selfcheck.routes.ReceiptVerifier}) and the intake's access tokens
 * ({@link org.selfcheck.routes.ClientCredentialsTokens}).
 */
package org.selfcheck.routes;
