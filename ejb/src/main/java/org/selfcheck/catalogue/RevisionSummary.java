package org.selfcheck.catalogue;

import java.time.Instant;
import java.time.LocalDate;

/** A catalogue revision with its item counts; {@code missing} items still lack their official wording. */
public record RevisionSummary(long id, String standardCode, int revision, String title, String issuer,
                              LocalDate effective, String scope, CatalogueRevision.Source source, String note,
                              Instant createdAt, String createdBy, long items, long missing, long unsure) {
}
