/**
 * The company profile: credit code, production site region, industry, high-risk flag, standardisation
 * grade; its registration and updates, who may see it, and its event history.
 */
package org.selfcheck.company;
