/** The region directory (GB/T 2260 names) for pickers and scripts; public, like the names themselves. */
package org.selfcheck.api.region;
