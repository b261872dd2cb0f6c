package org.selfcheck.audit;

import java.util.Objects;

/**
 * Walks one chain's entries in order and stops at the first that breaks it. Fed entry by entry, so a
 * chain of any length is verified in constant memory.
 */
public final class ChainVerifier {

    private final String chainKey;
    private String expectedPrevHash = AuditEntry.GENESIS;
    private long expectedSeq = 1;
    private long entries;
    private ChainCheck broken;

    public ChainVerifier(String chainKey) {
        this.chainKey = chainKey;
    }

    /** Checks the next entry; answers false once the chain is found broken (later entries are not needed). */
    public boolean accept(AuditEntry e) {
        if (broken != null) {
            return false;
        }
        entries++;
        ChainCheck.Problem problem = null;
        if (e.seq() != expectedSeq) {
            problem = ChainCheck.Problem.SEQUENCE_GAP;
        } else if (!Objects.equals(e.hash(), e.computeHash())) {
            problem = ChainCheck.Problem.CONTENT_ALTERED;
        } else if (!Objects.equals(e.prevHash(), expectedPrevHash)) {
            problem = ChainCheck.Problem.LINK_BROKEN;
        }
        if (problem != null) {
            broken = new ChainCheck(chainKey, entries, e.id(), e.seq(), problem);
            return false;
        }
        expectedPrevHash = e.hash();
        expectedSeq++;
        return true;
    }

    /**
     * The verdict, given the newest position and hash that the chain's head recorded when the last entry
     * was appended: entries missing at the end are found this way.
     */
    public ChainCheck finish(long headSeq, String headHash) {
        if (broken != null) {
            return broken;
        }
        if (expectedSeq - 1 != headSeq || !Objects.equals(expectedPrevHash, headHash)) {
            return new ChainCheck(chainKey, entries, null, expectedSeq, ChainCheck.Problem.TAIL_MISSING);
        }
        return new ChainCheck(chainKey, entries, null, null, null);
    }
}
