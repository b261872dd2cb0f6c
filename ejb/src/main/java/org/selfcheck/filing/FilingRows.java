package org.selfcheck.filing;

import org.selfcheck.shared.persistence.Sql;

import java.util.UUID;

/** The one SELECT of filings with their company and bureau, and how a row of it becomes a {@link FilingView}. */
final class FilingRows {

    static final String SELECT = """
            SELECT f.id, f.kind, f.event, c.credit_code, c.name, f.report_id, f.hazard_id, f.region_code, f.bureau_id,
                   b.name, f.status, f.attempts, f.next_attempt_at, f.last_error, f.receipt_no, f.receipt_at,
                   f.receipt_bureau, f.receipt_jws, f.delivered_at, f.replays, f.digest, f.created_at, f.created_by
              FROM filing f JOIN company c ON c.id = f.company_id LEFT JOIN bureau b ON b.id = f.bureau_id
            """;

    private FilingRows() {
    }

    static FilingView view(Object[] r) {
        return new FilingView(uuid(r[0]), FilingKind.valueOf((String) r[1]), FilingEvent.valueOf((String) r[2]),
                (String) r[3], (String) r[4], number(r[5]), number(r[6]), (String) r[7], number(r[8]), (String) r[9],
                FilingStatus.valueOf((String) r[10]), ((Number) r[11]).intValue(), Sql.instant(r[12]), (String) r[13],
                (String) r[14], Sql.instant(r[15]), (String) r[16], (String) r[17], Sql.instant(r[18]), ((Number) r[19]).intValue(),
                r[20] == null ? null : r[20].toString().strip(), Sql.instant(r[21]), (String) r[22]);
    }

    static UUID uuid(Object o) {
        return o instanceof UUID u ? u : UUID.fromString(o.toString());
    }

    static Long number(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }
}
