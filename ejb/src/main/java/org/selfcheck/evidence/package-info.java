/**
 * Evidence files (photos of hazards, before and after they are put right): every upload is checked and
 * fingerprinted with SHA-256 before it is stored, so a wrong type, an oversized or a corrupt file is refused
 * with a clear message and nothing is stored. {@link org.selfcheck.evidence.Photos} decides; it is plain Java
 * so that the rules can be tested without a container.
 */
package org.selfcheck.evidence;
