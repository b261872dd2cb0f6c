package org.selfcheck.company;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import org.selfcheck.routes.port.CompanyEvent;

/**
 * Sends company events to their queue through the XA connection factory, so an event is sent if and only
 * if the transaction that changed the company commits.
 */
@ApplicationScoped
public class CompanyEventPublisher {

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/CompanyEvents")
    Queue queue;

    public void publish(CompanyEvent event) {
        jms.createProducer().send(queue, event.toJson());
    }
}
