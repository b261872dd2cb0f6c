/** Screens of the hazard register: the ledger with filters and export, and one hazard's remediation to closure. */
package org.selfcheck.web.hazard;
