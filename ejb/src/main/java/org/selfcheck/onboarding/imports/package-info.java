/**
 * Bulk onboarding: companies imported from the portal's Excel template by an admin or by a bureau for its own
 * jurisdiction, applied row by row and their safety managers invited at a set rate by the company-import routes.
 */
package org.selfcheck.onboarding.imports;
