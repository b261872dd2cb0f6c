package org.selfcheck.web.filing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selfcheck.filing.FilingView;
import org.selfcheck.web.i18n.Feedback;

import java.time.Instant;

/** How a filing reads on a page, in the user's language: its status, its subject, what went wrong. */
@Named
@RequestScoped
public class FilingLabels {

    @Inject
    Feedback feedback;

    /** 待发送, 重试中 (n), 已送达 ... */
    public String status(FilingView f) {
        String status = feedback.text("filing.status." + f.status().name());
        return f.status() == org.selfcheck.filing.FilingStatus.RETRYING ? status + " (" + f.attempts() + ")" : status;
    }

    /** The reason of an unrouted filing in words, or the bureau's (or the network's) answer to the last attempt. */
    public String error(FilingView f) {
        String e = f.lastError();
        return e != null && e.startsWith("filing.") ? feedback.message(e, f.regionCode()) : e;
    }

    public String subject(FilingView f) {
        return f.reportId() != null ? feedback.text("filings.report", String.valueOf(f.reportId()))
                : feedback.text("filings.hazard", String.valueOf(f.hazardId()));
    }

    public String time(Instant instant) {
        return feedback.time(instant);
    }
}
