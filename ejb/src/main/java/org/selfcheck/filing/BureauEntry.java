package org.selfcheck.filing;

import java.util.Set;

/**
 * A bureau of the directory.
 *
 * @param jurisdiction the region-code prefix it covers: 2 (province), 4 (prefecture) or 6 (county) digits
 * @param wants        which kinds of filing it takes
 */
public record BureauEntry(long id, String name, String jurisdiction, String intakeUrl, String receiptKeysUrl, String transport, String contact,
                          Set<FilingKind> wants, boolean active, long version) {

    public BureauEntry {
        wants = Set.copyOf(wants);
    }
}
