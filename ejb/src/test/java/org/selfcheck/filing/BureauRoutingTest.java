package org.selfcheck.filing;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BureauRoutingTest {

    static BureauEntry bureau(long id, String jurisdiction, boolean active, Set<FilingKind> wants) {
        return new BureauEntry(id, "局" + jurisdiction, jurisdiction, "http://bureau/" + jurisdiction, "http://bureau/keys", "HTTP", null, wants, active, 0);
    }

    static final List<BureauEntry> DIRECTORY = List.of(
            bureau(1, "33", true, EnumSet.allOf(FilingKind.class)),
            bureau(2, "3301", true, EnumSet.allOf(FilingKind.class)),
            bureau(3, "330106", true, EnumSet.of(FilingKind.REPORT)),
            bureau(4, "330206", false, EnumSet.allOf(FilingKind.class)));

    @Test
    void theMostSpecificPrefixWins() {
        assertThat(BureauRouting.route("330106", DIRECTORY)).map(BureauEntry::id).contains(3L);
        assertThat(BureauRouting.route("330108", DIRECTORY)).map(BureauEntry::id).contains(2L);
        assertThat(BureauRouting.route("330206", DIRECTORY)).map(BureauEntry::id).contains(1L);
    }

    /** Routing among only the bureaus over a region (BureauRepository.over) chooses as among the whole directory. */
    @Test
    void theJurisdictionsOverARegionAreItsProvincesItsCitysAndItsOwn() {
        assertThat(BureauRouting.jurisdictionsOver("330106")).containsExactly("33", "3301", "330106");
        assertThat(BureauRouting.jurisdictionsOver("3301")).isEmpty();
        assertThat(BureauRouting.jurisdictionsOver(null)).isEmpty();
        for (String region : List.of("330106", "330108", "330206", "110105")) {
            List<BureauEntry> over = DIRECTORY.stream()
                    .filter(b -> BureauRouting.jurisdictionsOver(region).contains(b.jurisdiction())).toList();
            assertThat(BureauRouting.route(region, over)).as(region).isEqualTo(BureauRouting.route(region, DIRECTORY));
        }
    }

    @Test
    void anInactiveBureauIsPassedOverForTheNextLevel() {
        assertThat(BureauRouting.route("330206", DIRECTORY)).map(BureauEntry::id).contains(1L);
    }

    @Test
    void noMatchIsAnsweredAsSuchNotGuessed() {
        assertThat(BureauRouting.route("110105", DIRECTORY)).isEmpty();
        assertThat(BureauRouting.route("3301", DIRECTORY)).isEmpty();
        assertThat(BureauRouting.route(null, DIRECTORY)).isEmpty();
        assertThat(BureauRouting.route("330106", List.of())).isEmpty();
    }

    @Test
    void aBureauThatDoesNotWantAKindDoesNotGetIt() {
        assertThat(BureauRouting.route("330106", FilingKind.REPORT, DIRECTORY)).map(BureauEntry::id).contains(3L);
        assertThat(BureauRouting.route("330106", FilingKind.HAZARD, DIRECTORY)).isEmpty();
    }
}
