package org.selfcheck.company;

/**
 * 专项类 of the 工贸 judgment standard: work a company does whatever its industry, each with an article of its own
 * (第十一条 to 第十三条) that applies only to companies that declare it.
 */
public enum SpecialField {
    /** 粉尘涉爆: dust explosion hazards (第十一条). */
    DUST_EXPLOSION,
    /** 液氨制冷: ammonia refrigeration (第十二条). */
    AMMONIA_REFRIGERATION,
    /** 有限空间作业: work in confined spaces (第十三条). */
    CONFINED_SPACE
}
