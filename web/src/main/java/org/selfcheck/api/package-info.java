/** The REST API under /api: JSON records in and out, bearer tokens from Keycloak. */
package org.selfcheck.api;
