/** REST resources of quarterly reports: prepare, submit, sign with a fresh login, verify, PDF. */
package org.selfcheck.api.report;
