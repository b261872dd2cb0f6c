/** Bulk onboarding over REST: the template, the upload of a filled one, the imports' progress and result sheets. */
package org.selfcheck.api.imports;
