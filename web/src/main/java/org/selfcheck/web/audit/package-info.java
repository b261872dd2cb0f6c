/** The admin's audit page: verifying the hash-chained audit trail. */
package org.selfcheck.web.audit;
