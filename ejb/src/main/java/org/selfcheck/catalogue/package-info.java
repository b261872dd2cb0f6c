/**
 * The catalogue of major-hazard judgment standards (重大事故隐患判定标准): one text file per standard under
 * {@code catalogue/} (listed in {@code catalogue/index.txt}), its strict parser, and which items apply to a company
 * by its GB/T 4754 division and its special fields. Item texts are statutory wording and stay verbatim; items whose
 * text is not yet confirmed are kept and marked rather than dropped, so that no article silently shrinks.
 */
package org.selfcheck.catalogue;
