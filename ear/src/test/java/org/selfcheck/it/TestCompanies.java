package org.selfcheck.it;

import org.selfcheck.shared.UnifiedSocialCreditCode;

import java.security.SecureRandom;

/** Fresh, valid unified social credit codes, so every test registers a company no other test knows. */
final class TestCompanies {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestCompanies() {
    }

    /** A code of a company (91) registered in the given county, with a random entity id and its check character. */
    static String newCreditCode(String regionCode) {
        StringBuilder body = new StringBuilder("91").append(regionCode);
        for (int i = 0; i < 9; i++) {
            body.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return body.toString() + UnifiedSocialCreditCode.checkCharacter(body.toString());
    }

    static String profileJson(String creditCode, String name, String regionCode, Long version) {
        return profileJson(creditCode, name, regionCode, "C2614", "有机化学原料制造", "", version);
    }

    /** A profile with an industry and special fields (a JSON array body such as {@code "DUST_EXPLOSION"}). */
    static String profileJson(String creditCode, String name, String regionCode, String industryCode,
                              String industryName, String specialFields, Long version) {
        return """
                {"creditCode":"%s","name":"%s","regionCode":"%s","industryCode":"%s",
                 "industryName":"%s","highRisk":true,"standardisationGrade":"GRADE_2",
                 "address":"浙江省杭州市西湖区测试路 1 号","specialFields":[%s]%s}"""
                .formatted(creditCode, name, regionCode, industryCode, industryName, specialFields,
                        version == null ? "" : ",\"version\":" + version);
    }
}
