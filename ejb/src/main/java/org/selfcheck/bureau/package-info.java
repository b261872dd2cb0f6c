/**
 * The bureau's side of filing: the intake that receives filings from the portal, checks them (format, digest, the
 * portal's signature), stores each once and answers with a receipt signed by the bureau. Deployed with the portal
 * by default; a bureau with a system of its own points the directory at it instead. The jurisdiction overview's
 * summaries ({@link org.selfcheck.bureau.OverviewStats}) follow the features' events.
 */
package org.selfcheck.bureau;
