package org.selfcheck.demo;

import java.time.Duration;

/**
 * Runs the demo scenario against the portal and prints, per demo user, the one thing to try first; the run command
 * starts it once Keycloak is up, and it waits until the portal is ready. Arguments: the portal's base URL, the Keycloak realm
 * URL and the readiness URL (MicroProfile Health on the management interface, by default port 9990 of the portal's host).
 * Exits 1 with the reason when the portal refused a step (the portal itself keeps running).
 */
public final class DemoMain {

    private DemoMain() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        String portal = args.length > 0 ? args[0] : "http://localhost:8080";
        String realm = args.length > 1 ? args[1] : "http://localhost:8180/realms/selfcheck";
        String readiness = args.length > 2 ? args[2] : DemoScenario.readinessOf(portal);
        DemoScenario.Loaded d;
        long t0;
        try {
            DemoScenario scenario = new DemoScenario(portal, realm).awaitPortal(java.net.URI.create(readiness), Duration.ofMinutes(5));
            t0 = System.nanoTime();
            d = scenario.load();
        } catch (DemoException e) {
            System.err.println("[selfcheck] the demo data could not be loaded: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.printf("  demo data     %s in %d ms%n", d.done().isEmpty() ? "already loaded" : "loaded (" + d.done().size()
                + " steps)", (System.nanoTime() - t0) / 1_000_000);
        System.out.print(tryFirst(portal, d));
    }

    /** The banner's table: each demo user, and where his part of the story waits for him. */
    static String tryFirst(String portal, DemoScenario.Loaded d) {
        String[][] rows = {
                {"principal1", "decide the extension waiting for you (批准/驳回)", "/hazards/" + d.extensionHazardId()},
                {"", "then sign the " + d.lastQuarter() + " report (签署)", "/reports/" + d.reportId()},
                {"member1", "confirm you took part in the " + d.quarter() + " check (本人确认参加)", "/checks/" + d.checkId()},
                {"", "then verify the remediated hazard (复查)", "/hazards/" + d.verifyHazardId()},
                {"manager1", "the hazard ledger: two hazards of this quarter's check", "/hazard/ledger.xhtml"},
                {"manager2", "company 2 has no organisation yet: record its people", "/organisation/people.xhtml"},
                {"principal2", "company 2's compliance calendar: no check this quarter", "/inspection/checks.xhtml"},
                {"bureau-hz", "filings received from 西湖区, with receipts", "/bureau/inbox.xhtml"},
                {"", "the spot check: 建议不予处罚 and 一案双罚", "/inspections/" + d.inspectionId()},
                {"", "a company applied to join: compare its licence, approve or reject", "/bureau/applications.xhtml"},
                {"bureau-zj", "the province's jurisdiction overview", "/bureau/overview.xhtml"},
                {"admin", "filings by status and the audit chains", "/admin/filings.xhtml"}};
        StringBuilder b = new StringBuilder("  try first\n");
        for (String[] r : rows) {
            // the link before the words, so that the columns line up whatever the width of the Chinese characters
            b.append(String.format("    %-11s %-49s %s%n", r[0], portal + r[2], r[1]));
        }
        return b.toString();
    }
}
