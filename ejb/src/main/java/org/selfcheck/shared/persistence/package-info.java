/** The database: Flyway migrations at start-up and helpers for PostgreSQL's error codes. */
package org.selfcheck.shared.persistence;
