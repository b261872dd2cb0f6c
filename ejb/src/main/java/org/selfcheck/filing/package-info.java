/**
 * Filing with the competent bureau (R4): the bureau directory and routing by the production site's region code.
 * The outbox, transport and receipts build on it.
 */
package org.selfcheck.filing;
