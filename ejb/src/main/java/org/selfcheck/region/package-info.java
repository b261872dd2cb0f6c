/**
 * Region names (GB/T 2260): the bundled data package loaded into the database at start-up, and the directory every
 * picker and every page that shows a region reads, which also decides whether a code names a division in use.
 */
package org.selfcheck.region;
