package org.selfcheck.hazard;

import java.time.LocalDate;

/**
 * One hazard as a line of the hazard ledger (隐患排查治理台账), its components in the ledger's column order.
 * Texts are already localised by the caller; any component may be {@code null} (an empty cell).
 *
 * @param reference      the article of the standard the hazard falls under, e.g. {@code GM10-2023 第十一条(三)}
 * @param foundOn        the day it was found
 * @param source         how it was found (self-check, inspection, report, …)
 * @param description    what the hazard is
 * @param location       where it is
 * @param presentState   its present state (现状)
 * @param harm           the harm it may cause (可能造成的危害)
 * @param responsibility the person and body responsible for it (责任人及责任部门)
 * @param measures       the remediation measures (治理措施)
 * @param funds          the funds, amount and source as text (资金)
 * @param deadline       the remediation deadline (治理期限)
 * @param contingency    the safeguards and contingency plan while it lasts (应急预案)
 * @param state          its remediation state
 * @param overdue        whether its deadline has passed unremedied
 * @param qualified      whether its remediation was accepted (验收合格)
 * @param closedOn       the day it was closed (销号日期)
 */
public record LedgerRow(String reference, LocalDate foundOn, String source, String description, String location,
                        String presentState, String harm, String responsibility, String measures, String funds,
                        LocalDate deadline, String contingency, String state, boolean overdue, boolean qualified,
                        LocalDate closedOn) {
}
