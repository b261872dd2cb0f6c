/** Photos (evidence files) served by id to users who may read their company. */
package org.selfcheck.api.evidence;
