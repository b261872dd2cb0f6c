/** Companies apply without an account ({@code POST /api/applications}); the competent bureau decides. */
package org.selfcheck.api.onboarding;
