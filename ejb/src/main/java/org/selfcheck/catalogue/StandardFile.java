package org.selfcheck.catalogue;

import org.selfcheck.company.SpecialField;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One judgment standard as read from its catalogue file.
 *
 * @param code  e.g. GM10-2023: the document and its year, so that a replacing version gets a new code
 * @param scope the enterprises the standard covers at all ({@link Applicability.Kind#ALL} or
 *              {@link Applicability.Kind#INDUSTRY}); its articles' rules apply only inside it
 * @param items in file order, which is the order of the official list
 */
public record StandardFile(String code, String title, String issuer, LocalDate effective, Applicability scope,
                           List<ItemLine> items) {

    public StandardFile {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(scope, "scope");
        // a special field says what work is done, not which enterprises a standard is written for
        if (scope.kind() == Applicability.Kind.FIELD) {
            throw new IllegalArgumentException("the scope of a standard is ALL or INDUSTRY, not " + scope);
        }
        items = List.copyOf(items);
    }

    /**
     * Whether the standard covers a company of this industry.
     *
     * @throws org.selfcheck.shared.InvalidInputException if the industry code is missing or malformed
     */
    public boolean inScope(String industryCode) {
        return scope.appliesTo(industryCode, Set.of());
    }

    /**
     * The items a company must check, in file order. None when the standard does not cover the company's
     * industry, whatever its special fields: 第十一条 of the 工贸 standard reaches 工贸 enterprises only.
     *
     * @throws org.selfcheck.shared.InvalidInputException if the industry code is missing or malformed
     */
    public List<ItemLine> applicableTo(String industryCode, Set<SpecialField> fields) {
        if (!inScope(industryCode)) {
            return List.of();
        }
        return items.stream().filter(i -> i.applicability().appliesTo(industryCode, fields)).toList();
    }
}
