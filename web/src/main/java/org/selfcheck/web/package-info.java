/** JSF view beans, one per screen, in packages by feature; the pages mirror them under webapp/. */
package org.selfcheck.web;
