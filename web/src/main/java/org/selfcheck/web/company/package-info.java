/** Screens of the company profile. */
package org.selfcheck.web.company;
