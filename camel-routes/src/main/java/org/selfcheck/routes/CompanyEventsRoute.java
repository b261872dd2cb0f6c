package org.selfcheck.routes;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;
import org.selfcheck.routes.port.CompanyEvent;
import org.selfcheck.routes.port.CompanyEventRecorder;

import java.util.Objects;

/** Takes company registered/updated events from their JMS queue and records them in the company's history. */
public class CompanyEventsRoute extends RouteBuilder {

    public static final String ROUTE_ID = "company-events-to-record";
    public static final String PARSE_STEP = "parse-company-event";
    public static final String RECORD_STEP = "record-company-event";

    private final CompanyEventRecorder recorder;

    public CompanyEventsRoute(CompanyEventRecorder recorder) {
        this.recorder = Objects.requireNonNull(recorder);
    }

    @Override
    public void configure() {
        from(Endpoints.COMPANY_EVENTS).routeId(ROUTE_ID)
                .unmarshal(new JacksonDataFormat(CompanyEvent.class)).id(PARSE_STEP)
                .bean(recorder, "record").id(RECORD_STEP)
                .log(LoggingLevel.DEBUG, "recorded ${body.type} of company ${body.creditCode}");
    }
}
