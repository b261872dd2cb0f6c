package org.selfcheck.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.InvalidInputException.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StandardFileParserTest {

    /** A valid file; line numbers in the tests below refer to it. */
    static List<String> valid() {
        return new ArrayList<>(List.of(
                "# 测试用标准",                                                     // 1
                "standard: T-1",                                                   // 2
                "title: 测试标准",                                                  // 3
                "issuer: 测试令第1号",                                               // 4
                "effective: 2024-01-01",                                           // 5
                "scope: INDUSTRY 31",                                              // 6
                "applies: 第一条 = ALL",                                             // 7
                "applies: 第二条 = FIELD CONFINED_SPACE",                            // 8
                "T-1 | 第一条 | 管理 | (一) | 甲的；",                                  // 9
                "T-1 | 第一条 | 管理 | (二) | MISSING (fragment seen: \"乙…\")",        // 10
                "T-1 | 第二条 | 专项 | (一) | UNSURE: number inferred | 丙的。"));      // 11
    }

    static String join(List<String> lines) {
        return String.join("\n", lines);
    }

    static List<String> replacing(int lineNumber, String line) {
        List<String> lines = valid();
        lines.set(lineNumber - 1, line);
        return lines;
    }

    /** The valid file with a line added so that it becomes line {@code lineNumber}. */
    static List<String> inserting(int lineNumber, String line) {
        List<String> lines = valid();
        lines.add(lineNumber - 1, line);
        return lines;
    }

    static List<FieldError> errorsOf(String content) {
        InvalidInputException e = catchThrowableOfType(() -> StandardFileParser.parse(content), InvalidInputException.class);
        assertThat(e).as("parsing must fail").isNotNull();
        return e.errors();
    }

    static FieldError onlyErrorOf(List<String> lines) {
        List<FieldError> errors = errorsOf(join(lines));
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Test
    void aValidFileGivesItsHeaderAndItsItemsInOrder() {
        StandardFile file = StandardFileParser.parse(join(valid()));
        assertThat(file.code()).isEqualTo("T-1");
        assertThat(file.title()).isEqualTo("测试标准");
        assertThat(file.issuer()).isEqualTo("测试令第1号");
        assertThat(file.effective()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(file.scope()).hasToString("INDUSTRY 31");
        assertThat(file.items()).containsExactly(
                new ItemLine("第一条", "管理", "(一)", ItemStatus.VERBATIM, "甲的；", null, Applicability.ALL_COMPANIES, 1),
                new ItemLine("第一条", "管理", "(二)", ItemStatus.MISSING, null, "fragment seen: \"乙…\"",
                        Applicability.ALL_COMPANIES, 2),
                new ItemLine("第二条", "专项", "(一)", ItemStatus.UNSURE, "丙的。", "number inferred",
                        Applicability.parse("FIELD CONFINED_SPACE"), 3));
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreText() {
        StandardFile file = StandardFileParser.parse("\uFEFF" + String.join("\r\n", valid()) + "\r\n");
        assertThat(file.items()).hasSize(3);
        assertThat(file.items().get(0).text()).isEqualTo("甲的；");
    }

    @Test
    void aDefaultRuleCoversArticlesWithoutOneOfTheirOwn() {
        List<String> lines = replacing(7, "applies: * = INDUSTRY 31");
        StandardFile file = StandardFileParser.parse(join(lines));
        assertThat(file.items()).extracting(i -> i.applicability().toString())
                .containsExactly("INDUSTRY 31", "INDUSTRY 31", "FIELD CONFINED_SPACE");
    }

    @Test
    void aMissingMarkerNeedsNoNote() {
        StandardFile file = StandardFileParser.parse(join(replacing(10, "T-1 | 第一条 | 管理 | (二) | MISSING")));
        assertThat(file.items().get(1).note()).isNull();
        assertThat(file.items().get(1).status()).isEqualTo(ItemStatus.MISSING);
    }

    // '=' replaces the line of the valid file, '+' adds one there, so that each case has exactly one problem
    @ParameterizedTest(name = "line {0}{1} {3}")
    @CsvSource(delimiter = '§', value = {
            "3 § = § title: § catalogue.header.missing § title",
            "3 § + § author: 某人 § catalogue.header.unknown § author",
            "3 § + § 这一行既不是标题也不是条目 § catalogue.line.format § 这一行既不是标题也不是条目",
            "9 § = § T-1 | 第一条 | 管理 | 甲的； § catalogue.line.format § T-1 | 第一条 | 管理 | 甲的；",
            "9 § = § T-1 | 第一条 | 管理 | 一 | 甲的； § catalogue.line.format § T-1 | 第一条 | 管理 | 一 | 甲的；",
            "9 § = § T-1 | 第一条 | 管理 | (一) | NOTE: x | 甲的； § catalogue.line.format § T-1 | 第一条 | 管理 | (一) | NOTE: x | 甲的；",
            "10 § = § T-1 | 第一条 | 管理 | (二) | MISSINGX § catalogue.line.format § T-1 | 第一条 | 管理 | (二) | MISSINGX",
            "2 § = § standard: T 1 § catalogue.line.format § standard: T 1",
            "9 § = § T-2 | 第一条 | 管理 | (一) | 甲的； § catalogue.line.standard § T-2,T-1",
            "7 § = § applies: 第一条 = INDUSTRY 3x § catalogue.applies.format § 第一条 = INDUSTRY 3x",
            "7 § = § applies: 第一条 ALL § catalogue.applies.format § 第一条 ALL",
            "6 § = § scope: FIELD DUST_EXPLOSION § catalogue.applies.format § FIELD DUST_EXPLOSION",
            "6 § = § scope: INDUSTRY 31-30 § catalogue.applies.format § INDUSTRY 31-30",
            "11 § = § T-1 | 第三条 | 专项 | (一) | 丙的。 § catalogue.applies.article § 第三条",
            "10 § = § T-1 | 第一条 | 管理 | (一) | 乙的； § catalogue.item.duplicate § 第一条,(一),9",
            "9 § = § T-1 | 第一条 | 管理 | (一) |  § catalogue.item.text § ",
            "11 § = § T-1 | 第二条 | 专项 | (一) | UNSURE: number inferred | § catalogue.item.text § ",
            "11 § = § T-1 | 第二条 | 专项 | (一) | UNSURE: number inferred § catalogue.item.text § ",
            "5 § = § effective: 2024-13-01 § catalogue.effective.format § 2024-13-01",
            "5 § = § effective: 2024/01/01 § catalogue.effective.format § 2024/01/01",
            "5 § = § effective: 2024-1-1 § catalogue.effective.format § 2024-1-1",
            "4 § + § title: 又一个标题 § catalogue.header.duplicate § title",
            "8 § + § applies: 第一条 = INDUSTRY 31 § catalogue.header.duplicate § applies 第一条"})
    void eachProblemIsReportedOnItsLineWithItsKey(int line, char mode, String text, String key, String arguments) {
        FieldError error = onlyErrorOf(mode == '+' ? inserting(line, text) : replacing(line, text));
        assertThat(error.field()).isEqualTo("line " + line);
        assertThat(error.messageKey()).isEqualTo(key);
        assertThat(error.arguments()).extracting(String::valueOf)
                .containsExactly(arguments == null ? new String[0] : arguments.split(","));
    }

    @Test
    void anAbsentHeaderIsAProblemOfTheWholeFile() {
        FieldError error = onlyErrorOf(replacing(3, "# no title"));
        assertThat(error.field()).isEqualTo("file");
        assertThat(error.messageKey()).isEqualTo("catalogue.header.missing");
        assertThat(error.arguments()).containsExactly("title");
    }

    @Test
    void aFileWithoutItemsIsRejected() {
        FieldError error = onlyErrorOf(valid().subList(0, 8));
        assertThat(error.field()).isEqualTo("file");
        assertThat(error.messageKey()).isEqualTo("catalogue.items.none");
    }

    @Test
    void anUnreadableLineIsQuotedShortened() {
        String long_ = "这一行太长了".repeat(20);
        FieldError error = onlyErrorOf(inserting(3, long_));
        assertThat(error.messageKey()).isEqualTo("catalogue.line.format");
        String quoted = (String) error.arguments().get(0);
        assertThat(quoted).hasSize(60).endsWith("…").startsWith("这一行太长了这一行");
    }

    @Test
    void aValueTooLongForTheCatalogueIsRejected() {
        FieldError error = onlyErrorOf(replacing(9, "T-1 | 第一条 | " + "管".repeat(101) + " | (一) | 甲的；"));
        assertThat(error.field()).isEqualTo("line 9");
        assertThat(error.messageKey()).isEqualTo("catalogue.field.length");
        assertThat(error.arguments()).containsExactly("subject", 100);
    }

    @Test
    void contentThatIsNotTextIsRejectedBeforeAnyLineIsRead() {
        for (String content : List.of(join(valid()) + "\0", "standard: T-1\u0001", "title: \uFFFD")) {
            assertThat(errorsOf(content)).singleElement().satisfies(e -> {
                assertThat(e.field()).isEqualTo("file");
                assertThat(e.messageKey()).isEqualTo("catalogue.file.binary");
            });
        }
    }

    @Test
    void everyProblemIsReportedAtOnceInLineOrder() {
        List<String> lines = valid();
        lines.set(4, "effective: soon");                            // 5
        lines.set(5, "scope: SOME");                                // 6
        lines.set(8, "T-9 | 第一条 | 管理 | (一) | 甲的；");            // 9
        lines.set(10, "T-1 | 第五条 | 专项 | (一) | 丙的。");            // 11
        lines.add("T-1 | 第一条 | 管理 | (二) | 丁的。");                  // 12
        lines.remove(2);                                           // title gone: everything above moves up one
        List<FieldError> errors = errorsOf(join(lines));
        assertThat(errors).extracting(FieldError::field, FieldError::messageKey).containsExactly(
                tuple("line 4", "catalogue.effective.format"),
                tuple("line 5", "catalogue.applies.format"),
                tuple("line 8", "catalogue.line.standard"),
                tuple("line 10", "catalogue.applies.article"),
                tuple("line 11", "catalogue.item.duplicate"),
                tuple("file", "catalogue.header.missing"));
    }

    @Test
    void anArticleWithoutARuleIsReportedOnceAtItsFirstItem() {
        List<String> lines = valid();
        lines.add("T-1 | 第三条 | 其他 | (一) | 戊的；");    // 12
        lines.add("T-1 | 第三条 | 其他 | (二) | 己的。");    // 13
        assertThat(errorsOf(join(lines))).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("line 12", "catalogue.applies.article"));
    }

    @Test
    void theIndexListsFileNamesInOrder() {
        assertThat(StandardFileParser.index("# seeded\n\nA-1.txt\n  B-2.txt  \n")).containsExactly("A-1.txt", "B-2.txt");
    }

    @Test
    void theIndexRejectsPathsDuplicatesAndEmptiness() {
        InvalidInputException e = catchThrowableOfType(
                () -> StandardFileParser.index("A-1.txt\n../secret.txt\nA-1.txt\nsub/B.txt"), InvalidInputException.class);
        assertThat(e.errors()).extracting(FieldError::field, FieldError::messageKey).containsExactly(
                tuple("line 2", "catalogue.line.format"),
                tuple("line 3", "catalogue.index.duplicate"),
                tuple("line 4", "catalogue.line.format"));
        assertThatThrownBy(() -> StandardFileParser.index("# nothing yet\n")).isInstanceOfSatisfying(
                InvalidInputException.class, x -> assertThat(x.messageKeysByField()).containsEntry("file", "catalogue.index.empty"));
        assertThatThrownBy(() -> StandardFileParser.index("A.txt\0")).isInstanceOfSatisfying(
                InvalidInputException.class, x -> assertThat(x.messageKeysByField()).containsEntry("file", "catalogue.file.binary"));
    }

    @Test
    void aResourceThatDoesNotExistIsADeploymentError() {
        assertThatThrownBy(() -> StandardFileParser.load("catalogue/NONE-0000.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("catalogue/NONE-0000.txt");
    }
}
