package org.selfcheck.onboarding.imports;

import java.time.Instant;

/**
 * An import as its readers see it: the file, who uploaded it for which jurisdiction (by name), and how far it got.
 *
 * @param queued  rows not yet applied
 * @param pending invitations not yet made
 */
public record ImportSummary(long id, String fileName, String jurisdictionName, String uploadedBy, Instant uploadedAt,
                            int rows, int queued, int created, int updated, int unchanged, int rejected, int pending,
                            int sent, int existing, int failed) {

    /** Whether every row is applied and every invitation made or given up. */
    public boolean finished() {
        return queued == 0 && pending == 0;
    }

    /** The share done, 0 to 100: the rows applied and the invitations made, of both. */
    public int percent() {
        int total = rows + sent + existing + failed + pending;
        int done = rows - queued + sent + existing + failed;
        return total == 0 ? 100 : (int) (100L * done / total);
    }
}
