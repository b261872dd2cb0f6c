/** The readiness check that the run command, load balancers and operators poll. */
package org.selfcheck.web.health;
