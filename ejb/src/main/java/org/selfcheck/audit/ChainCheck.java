package org.selfcheck.audit;

/**
 * The result of verifying one audit chain.
 *
 * @param entries       how many entries were read
 * @param brokenEntryId the row id of the first entry that breaks the chain, null when it is intact
 * @param brokenSeq     its position in the chain
 * @param problem       what is wrong there (a {@link Problem}), null when intact
 */
public record ChainCheck(String chainKey, long entries, Long brokenEntryId, Long brokenSeq, Problem problem) {

    /** What can break a chain. */
    public enum Problem {
        /** the entry's content no longer matches its hash: it was altered */
        CONTENT_ALTERED,
        /** the entry does not point at the hash of the entry before it: one was altered, removed or inserted */
        LINK_BROKEN,
        /** a position is missing: an entry was removed */
        SEQUENCE_GAP,
        /** the chain ends before the newest entry it recorded: entries at its end were removed */
        TAIL_MISSING
    }

    public boolean intact() {
        return problem == null;
    }
}
