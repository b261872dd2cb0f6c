package org.selfcheck.routes;

import com.fasterxml.jackson.core.JacksonException;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * Error handling of every route, in one place: transient failures (the database, the network) are
 * redelivered with exponential backoff; what still fails, and malformed payloads at once, go to the dead
 * letter endpoint with the original message, so that nothing is lost silently.
 */
public class SelfCheckRouteConfiguration extends RouteConfigurationBuilder {

    static final int MAXIMUM_REDELIVERIES = 4;

    @Override
    public void configuration() {
        routeConfiguration()
                .errorHandler(deadLetterChannel(Endpoints.DEAD_LETTERS)
                        .useOriginalMessage()
                        .maximumRedeliveries(MAXIMUM_REDELIVERIES)
                        .redeliveryDelay(200)
                        .useExponentialBackOff()
                        .backOffMultiplier(2)
                        .maximumRedeliveryDelay(10_000)
                        .logExhausted(true)
                        .logStackTrace(true))
                .onException(JacksonException.class)
                    .handled(true)
                    .useOriginalMessage()
                    .log(LoggingLevel.ERROR, "malformed message on route ${routeId}, sent to dead letters: ${exception.message}")
                    .to(Endpoints.DEAD_LETTERS)
                .end();
    }
}
