/** The CamelContext of the deployment: created, given its routes and components, started and stopped with the application. */
package org.selfcheck.shared.camel;
