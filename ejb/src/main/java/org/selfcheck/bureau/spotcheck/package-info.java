/**
 * The bureau's spot check (抽查) under R7: whether a finding matches a qualifying self-report (不予处罚) or
 * leads to 一案双罚, and who is accountable (责任倒查). Pure rules on immutable records, every judgment with a
 * reason; the service that loads the facts and stores the outcome lives elsewhere.
 */
package org.selfcheck.bureau.spotcheck;
