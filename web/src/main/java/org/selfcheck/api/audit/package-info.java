/** REST resources of the audit trail: reading entries and verifying the hash chains. */
package org.selfcheck.api.audit;
