package org.selfcheck.hazard;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * What R6's "reported as required" rests on: when the bureau first received each hazard. A port, implemented by
 * the filing package (which depends on hazards, never the reverse), read in the caller's transaction and scope.
 */
public interface FirstReceipts {

    /** The earliest receipt of any filing of each hazard, by hazard id; a hazard never received is absent. */
    Map<Long, Instant> firstReceipts(Collection<Long> hazardIds);
}
