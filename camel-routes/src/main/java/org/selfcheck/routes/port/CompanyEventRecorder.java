package org.selfcheck.routes.port;

/** Records a company event in the company's history; recording the same event id twice records it once. */
public interface CompanyEventRecorder {

    void record(CompanyEvent event);
}
