/** REST resources of the hazard register: report, plan (五落实), remediation, extensions, verification, ledger and export. */
package org.selfcheck.api.hazard;
