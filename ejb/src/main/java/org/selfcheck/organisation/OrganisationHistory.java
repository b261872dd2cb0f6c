package org.selfcheck.organisation;

import java.util.List;

/** Everything a company's organisation ever was: its people, every term (newest first) and every recorded reason. */
public record OrganisationHistory(List<PersonDetails> people, List<Position> terms, List<Explanation> explanations) {

    public OrganisationHistory {
        people = List.copyOf(people);
        terms = List.copyOf(terms);
        explanations = List.copyOf(explanations);
    }
}
