/** The bureau's intake API: filings posted by the portal's delivery route, answered with signed receipts. */
package org.selfcheck.api.bureau;
