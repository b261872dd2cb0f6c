package org.selfcheck.routes.port;

import java.time.Instant;
import java.util.List;

/** The persistent outbox of filings. Implementations are transactional and safe with several nodes. */
public interface FilingOutbox {

    /**
     * Claims up to {@code max} filings that are due (marks them 发送中 with a lease) and returns them; an empty list
     * when none is due. A claimed filing whose outcome is never recorded (the node died) is due again once its
     * lease has expired.
     */
    List<OutgoingFiling> claim(int max);

    /** The bureau's verified receipt: the filing is delivered (已送达). */
    void delivered(String filingId, FilingReceipt receipt);

    /** The attempt failed and another one is due at {@code nextAttemptAt} (重试中 (attempt)). */
    void retryLater(String filingId, int attempt, String error, Instant nextAttemptAt);

    /** The attempt failed and no other one will be made (发送失败, dead letter); an admin can replay it. */
    void deadLetter(String filingId, int attempt, String error);
}
