/** Helpers of the run and test commands: the embedded PostgreSQL launcher. Never deployed. */
package org.selfcheck.devenv;
