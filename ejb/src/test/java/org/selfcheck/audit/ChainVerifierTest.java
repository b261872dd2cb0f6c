package org.selfcheck.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTest {

    static final String CHAIN = "company:91330106MA27Y1A30W";
    static final Instant T0 = Instant.parse("2026-03-01T08:00:00.123456789Z");

    List<AuditEntry> chain;

    /** A stored entry: the appended one with its row id (ids are not part of the hash). */
    static AuditEntry stored(long id, AuditEntry e) {
        return new AuditEntry(id, e.chainKey(), e.seq(), e.occurredAt(), e.actor(), e.entityType(), e.entityId(),
                e.action(), e.before(), e.after(), e.prevHash(), e.hash());
    }

    static AuditEntry withAfter(AuditEntry e, String after) {
        return new AuditEntry(e.id(), e.chainKey(), e.seq(), e.occurredAt(), e.actor(), e.entityType(), e.entityId(),
                e.action(), e.before(), after, e.prevHash(), e.hash());
    }

    static AuditEntry appendAfter(String prevHash, long seq, String after) {
        return AuditEntry.append(CHAIN, seq, T0.plusSeconds(seq), "manager", "TERM", Long.toString(seq),
                seq == 1 ? "ADD" : "END", seq == 1 ? null : "{\"end\":null}", after, prevHash);
    }

    @BeforeEach
    void appendFiveEntries() {
        chain = new ArrayList<>();
        String prev = AuditEntry.GENESIS;
        for (long seq = 1; seq <= 5; seq++) {
            AuditEntry e = stored(100 + seq, appendAfter(prev, seq, "{\"end\":\"2026-03-0" + seq + "\"}"));
            chain.add(e);
            prev = e.hash();
        }
    }

    static ChainCheck verify(List<AuditEntry> entries, long headSeq, String headHash) {
        ChainVerifier verifier = new ChainVerifier(CHAIN);
        for (AuditEntry e : entries) {
            if (!verifier.accept(e)) {
                break;
            }
        }
        return verifier.finish(headSeq, headHash);
    }

    String headHash() {
        return chain.get(4).hash();
    }

    @Test
    void anUntouchedChainIsIntact() {
        ChainCheck check = verify(chain, 5, headHash());

        assertThat(check).isEqualTo(new ChainCheck(CHAIN, 5, null, null, null));
        assertThat(check.intact()).isTrue();
    }

    @Test
    void eachEntryLinksToThePreviousOne() {
        assertThat(chain.get(0).prevHash()).isEqualTo(AuditEntry.GENESIS);
        for (int i = 1; i < chain.size(); i++) {
            assertThat(chain.get(i).prevHash()).isEqualTo(chain.get(i - 1).hash());
        }
        assertThat(chain).extracting(AuditEntry::hash).doesNotHaveDuplicates()
                .allSatisfy(h -> assertThat(h).matches("[0-9a-f]{64}"));
    }

    @Test
    void anEmptyChainWithAnEmptyHeadIsIntact() {
        assertThat(verify(List.of(), 0, AuditEntry.GENESIS).intact()).isTrue();
    }

    @Test
    void alteredContentIsFoundAtTheAlteredEntry() {
        chain.set(2, withAfter(chain.get(2), "{\"end\":null}"));

        ChainCheck check = verify(chain, 5, headHash());

        assertThat(check).isEqualTo(new ChainCheck(CHAIN, 3, 103L, 3L, ChainCheck.Problem.CONTENT_ALTERED));
        assertThat(check.intact()).isFalse();
    }

    @Test
    void anAlteredEntryWithARecomputedHashBreaksTheLinkOfTheNextOne() {
        AuditEntry original = chain.get(2);
        chain.set(2, stored(original.id(), appendAfter(original.prevHash(), 3, "{\"end\":null}")));

        ChainCheck check = verify(chain, 5, headHash());

        assertThat(check).isEqualTo(new ChainCheck(CHAIN, 4, 104L, 4L, ChainCheck.Problem.LINK_BROKEN));
    }

    @Test
    void aRemovedEntryLeavesASequenceGap() {
        String head = headHash();
        chain.remove(2);

        assertThat(verify(chain, 5, head))
                .isEqualTo(new ChainCheck(CHAIN, 3, 104L, 4L, ChainCheck.Problem.SEQUENCE_GAP));
    }

    @Test
    void aRemovedLastEntryIsFoundThroughTheHead() {
        String head = headHash();
        chain.remove(4);

        ChainCheck check = verify(chain, 5, head);

        assertThat(check).isEqualTo(new ChainCheck(CHAIN, 4, null, 5L, ChainCheck.Problem.TAIL_MISSING));
    }

    @Test
    void aHeadThatDisagreesOnlyInItsHashIsATailProblem() {
        assertThat(verify(chain, 5, chain.get(3).hash()).problem()).isEqualTo(ChainCheck.Problem.TAIL_MISSING);
    }

    @Test
    void theVerifierStopsAtTheFirstBreak() {
        chain.set(1, withAfter(chain.get(1), "x"));
        ChainVerifier verifier = new ChainVerifier(CHAIN);

        assertThat(verifier.accept(chain.get(0))).isTrue();
        assertThat(verifier.accept(chain.get(1))).isFalse();
        assertThat(verifier.accept(chain.get(2))).isFalse();
        assertThat(verifier.finish(5, headHash()))
                .isEqualTo(new ChainCheck(CHAIN, 2, 102L, 2L, ChainCheck.Problem.CONTENT_ALTERED));
    }

    @Test
    void theHashDependsOnEveryField() {
        Instant at = T0;
        String base = AuditEntry.append(CHAIN, 1, at, "manager", "TERM", "7", "END", "{}", "{\"a\":1}", AuditEntry.GENESIS).hash();

        List<String> variants = List.of(
                AuditEntry.append("system", 1, at, "manager", "TERM", "7", "END", "{}", "{\"a\":1}", AuditEntry.GENESIS).hash(),
                AuditEntry.append(CHAIN, 2, at, "manager", "TERM", "7", "END", "{}", "{\"a\":1}", AuditEntry.GENESIS).hash(),
                AuditEntry.append(CHAIN, 1, at.plusNanos(1000), "manager", "TERM", "7", "END", "{}", "{\"a\":1}", AuditEntry.GENESIS).hash(),
                AuditEntry.append(CHAIN, 1, at, "principal", "TERM", "7", "END", "{}", "{\"a\":1}", AuditEntry.GENESIS).hash(),
                AuditEntry.append(CHAIN, 1, at, "manager", "PERSON", "7", "END", "{}", "{\"a\":1}", AuditEntry.GENESIS).hash(),
                AuditEntry.append(CHAIN, 1, at, "manager", "TERM", "8", "END", "{}", "{\"a\":1}", AuditEntry.GENESIS).hash(),
                AuditEntry.append(CHAIN, 1, at, "manager", "TERM", "7", "ADD", "{}", "{\"a\":1}", AuditEntry.GENESIS).hash(),
                AuditEntry.append(CHAIN, 1, at, "manager", "TERM", "7", "END", null, "{\"a\":1}", AuditEntry.GENESIS).hash(),
                AuditEntry.append(CHAIN, 1, at, "manager", "TERM", "7", "END", "{}", "{\"a\":2}", AuditEntry.GENESIS).hash(),
                AuditEntry.append(CHAIN, 1, at, "manager", "TERM", "7", "END", "{}", null, AuditEntry.GENESIS).hash(),
                AuditEntry.append(CHAIN, 1, at, "manager", "TERM", "7", "END", "{}", "{\"a\":1}", "1".repeat(64)).hash());

        assertThat(variants).doesNotContain(base).doesNotHaveDuplicates();
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        String a = AuditEntry.append(CHAIN, 1, T0, "ab", "c", "7", "END", null, null, AuditEntry.GENESIS).hash();
        String b = AuditEntry.append(CHAIN, 1, T0, "a", "bc", "7", "END", null, null, AuditEntry.GENESIS).hash();
        String nullVersusDash = AuditEntry.append(CHAIN, 1, T0, "a", "bc", "7", "END", "-", null, AuditEntry.GENESIS).hash();
        String nullVersusEmpty = AuditEntry.append(CHAIN, 1, T0, "a", "bc", "7", "END", "", null, AuditEntry.GENESIS).hash();

        assertThat(List.of(a, b, nullVersusDash, nullVersusEmpty)).doesNotHaveDuplicates();
    }

    @Test
    void timesAreTruncatedToMicroseconds() {
        AuditEntry e = AuditEntry.append(CHAIN, 1, T0, "manager", "TERM", "7", "END", null, null, AuditEntry.GENESIS);
        AuditEntry same = AuditEntry.append(CHAIN, 1, Instant.parse("2026-03-01T08:00:00.123456Z"), "manager", "TERM",
                "7", "END", null, null, AuditEntry.GENESIS);

        assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-03-01T08:00:00.123456Z"));
        assertThat(e.hash()).isEqualTo(same.hash());
        assertThat(e.computeHash()).isEqualTo(e.hash());
    }

    @Test
    void theRowIdIsNotPartOfTheHash() {
        AuditEntry e = chain.get(0);

        assertThat(stored(999, e).computeHash()).isEqualTo(e.hash());
    }
}
