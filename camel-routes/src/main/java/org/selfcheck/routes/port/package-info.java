/**
 * The ports the routes call and the messages they carry. The ejb module implements the ports
 * (ejb depends on camel-routes, never the reverse).
 */
package org.selfcheck.routes.port;
