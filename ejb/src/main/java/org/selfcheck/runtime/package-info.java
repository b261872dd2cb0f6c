/**
 * What runs this node: the deployment's CamelContext (created, given its routes and the ports implemented in the
 * features, started and stopped with the application) and whether the node can serve (database and routes).
 * It sits above the features and {@code security}: nothing in them depends on it.
 */
package org.selfcheck.runtime;
