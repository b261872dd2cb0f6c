/**
 * Camel routes of SelfCheck: one {@code *Route} RouteBuilder per flow, error handling for all of them
 * in {@link org.selfcheck.routes.SelfCheckRouteConfiguration}, endpoint URIs in {@link org.selfcheck.routes.Endpoints}.
 */
package org.selfcheck.routes;
