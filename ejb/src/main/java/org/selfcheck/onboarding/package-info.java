/**
 * Onboarding (issue 17): a company applies on the public page, the bureau with jurisdiction over its production site
 * approves it (the company is registered and its safety manager's Keycloak account created) or rejects it with a
 * reason; the applicant is told by mail either way.
 */
package org.selfcheck.onboarding;
