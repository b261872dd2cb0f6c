package org.selfcheck.api.filing;

import java.util.List;

/** A bureau of the directory; {@code wants} holds REPORT, HAZARD, MILESTONE; {@code version} guards updates. */
public record BureauRequest(String name, String jurisdiction, String intakeUrl, String receiptKeysUrl, String transport, String contact,
                            List<String> wants, Boolean active, Long version) {
}
