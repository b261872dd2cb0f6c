/** Bureau officers' accounts over REST, for admins and provincial administrators of officers. */
package org.selfcheck.api.officers;
