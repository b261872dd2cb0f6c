package org.selfcheck.routes;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.selfcheck.routes.port.CompanyEvent;
import org.selfcheck.routes.port.CompanyEventRecorder;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyEventsRouteTest extends CamelTestSupport {

    private static final String IN = "direct:company-events";

    private final FlakyRecorder recorder = new FlakyRecorder();

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties p = new Properties();
        p.put("selfcheck.endpoint.dead-letters", "mock:dead-letters");
        return p;
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new SelfCheckRouteConfiguration(), new CompanyEventsRoute(recorder)};
    }

    private void startWithTestInput() throws Exception {
        AdviceWith.adviceWith(context, CompanyEventsRoute.ROUTE_ID, a -> a.replaceFromWith(IN));
        context.getRouteController().stopRoute(CompanyEventsRoute.ROUTE_ID);
        context.start();
        context.getRouteController().startRoute(CompanyEventsRoute.ROUTE_ID);
    }

    @Test
    void aCompanyEventFromTheQueueIsRecordedWithAllItsFields() throws Exception {
        startWithTestInput();
        CompanyEvent event = new CompanyEvent("e-1", CompanyEvent.REGISTERED, "91330106MA27Y1A30W", "杭州示例化工有限公司",
                "330106", "2026-11-27T10:00:00Z", "manager1");
        NotifyBuilder done = new NotifyBuilder(context).fromRoute(CompanyEventsRoute.ROUTE_ID).whenCompleted(1).create();

        template.sendBody(IN, event.toJson());

        assertThat(done.matches(5, TimeUnit.SECONDS)).isTrue();
        assertThat(recorder.recorded).containsExactly(event);
    }

    @Test
    void aMalformedMessageGoesToTheDeadLetterQueueAtOnceAndIsNotRecorded() throws Exception {
        startWithTestInput();
        MockEndpoint deadLetters = getMockEndpoint("mock:dead-letters");
        deadLetters.expectedBodiesReceived("{not json");

        template.sendBody(IN, "{not json");

        deadLetters.assertIsSatisfied();
        assertThat(recorder.recorded).isEmpty();
        assertThat(recorder.calls).hasValue(0);
    }

    @Test
    void anEventWithoutIdIsRejectedAsMalformed() throws Exception {
        startWithTestInput();
        MockEndpoint deadLetters = getMockEndpoint("mock:dead-letters");
        deadLetters.expectedMessageCount(1);

        template.sendBody(IN, "{\"type\":\"COMPANY_UPDATED\",\"creditCode\":\"91330106MA27Y1A30W\"}");

        deadLetters.assertIsSatisfied();
        assertThat(recorder.calls).hasValue(0);
    }

    @Test
    void aFailingRecorderIsRetriedAndSucceedsWithoutLoss() throws Exception {
        recorder.failuresBeforeSuccess = 2;
        startWithTestInput();
        CompanyEvent event = new CompanyEvent("e-2", CompanyEvent.UPDATED, "91330106MA27Y1A30W", "名称",
                "330106", "2026-11-27T10:00:00Z", "manager1");
        NotifyBuilder done = new NotifyBuilder(context).fromRoute(CompanyEventsRoute.ROUTE_ID).whenDone(1).create();

        template.sendBody(IN, event.toJson());

        assertThat(done.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(recorder.calls).hasValue(3);
        assertThat(recorder.recorded).containsExactly(event);
        getMockEndpoint("mock:dead-letters").expectedMessageCount(0);
        getMockEndpoint("mock:dead-letters").assertIsSatisfied();
    }

    @Test
    void aRecorderThatKeepsFailingSendsTheOriginalMessageToTheDeadLetterQueue() throws Exception {
        recorder.failuresBeforeSuccess = Integer.MAX_VALUE;
        startWithTestInput();
        String json = new CompanyEvent("e-3", CompanyEvent.UPDATED, "91330106MA27Y1A30W", "名称",
                "330106", "2026-11-27T10:00:00Z", "manager1").toJson();
        MockEndpoint deadLetters = getMockEndpoint("mock:dead-letters");
        deadLetters.expectedBodiesReceived(json);
        deadLetters.setResultWaitTime(15_000);

        template.sendBody(IN, json);

        deadLetters.assertIsSatisfied();
        assertThat(recorder.calls).hasValue(1 + SelfCheckRouteConfiguration.MAXIMUM_REDELIVERIES);
        assertThat(recorder.recorded).isEmpty();
    }

    /** A recorder that fails a given number of times before it records: a pure fake for this unit test. */
    static final class FlakyRecorder implements CompanyEventRecorder {
        final List<CompanyEvent> recorded = new CopyOnWriteArrayList<>();
        final AtomicInteger calls = new AtomicInteger();
        volatile int failuresBeforeSuccess;

        @Override
        public void record(CompanyEvent event) {
            if (calls.incrementAndGet() <= failuresBeforeSuccess) {
                throw new IllegalStateException("database unavailable");
            }
            recorded.add(event);
        }
    }
}
