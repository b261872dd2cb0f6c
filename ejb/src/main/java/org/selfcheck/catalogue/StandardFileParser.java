package org.selfcheck.catalogue;

import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.InvalidInputException.FieldError;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads catalogue files (format: see {@code catalogue/GM10-2023.txt}) and the index that lists them.
 * <p>
 * Strict on purpose: the texts are statutory wording that companies are judged by, so a file with any problem
 * yields no standard at all, and every problem is reported at once (field {@code "line N"}, or {@code "file"} for
 * what concerns the whole file) so that a corrected file does not fail again on the next line.
 */
public final class StandardFileParser {

    /** The classpath resource listing the seeded standards. */
    public static final String INDEX = "catalogue/index.txt";

    static final String FILE = "file";
    static final int EXCERPT_LENGTH = 60;

    // the column sizes of catalogue_revision and catalogue_item (V4), so that a parsed file can always be stored
    static final int MAX_CODE = 40, MAX_TITLE = 200, MAX_RULE = 200, MAX_ARTICLE = 20, MAX_SUBJECT = 100,
            MAX_ITEM_NO = 10, MAX_NOTE = 1000;

    private static final List<String> REQUIRED = List.of("standard", "title", "issuer", "effective", "scope");
    private static final String APPLIES = "applies", DEFAULT_ARTICLE = "*";
    private static final String MISSING = "MISSING", UNSURE = "UNSURE:";

    private static final Pattern HEADER = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\s*:(.*)");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*");
    private static final Pattern RULE = Pattern.compile("(\\S+)\\s*=\\s*(.*)");
    private static final Pattern ITEM_NO = Pattern.compile("\\([^()\\s]+\\)");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INDEX_ENTRY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private StandardFileParser() {
    }

    /**
     * Parses one standard.
     *
     * @throws InvalidInputException with every problem of the file; nothing is returned in part
     */
    public static StandardFile parse(String content) {
        return new Reading(textLines(content)).standard();
    }

    /**
     * The file names an index lists, in order, relative to the index's directory.
     *
     * @throws InvalidInputException if a line is not a plain file name, a name is listed twice or none is listed
     */
    public static List<String> index(String content) {
        List<String> lines = textLines(content);
        Problems problems = new Problems();
        Map<String, Integer> names = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            // a plain name keeps every entry inside the catalogue directory
            if (!INDEX_ENTRY.matcher(line).matches()) {
                problems.at(number, "catalogue.line.format", excerpt(line));
            } else if (names.putIfAbsent(line, number) != null) {
                problems.at(number, "catalogue.index.duplicate", line);
            }
        }
        if (names.isEmpty() && problems.isEmpty()) {
            problems.file("catalogue.index.empty");
        }
        problems.throwIfAny();
        return List.copyOf(names.keySet());
    }

    /**
     * Reads and parses a classpath resource (UTF-8), e.g. {@code catalogue/GM10-2023.txt}.
     *
     * @throws InvalidInputException   if the resource is not UTF-8 text or not a valid catalogue file
     * @throws IllegalArgumentException if there is no such resource: a deployment error, not a user's
     */
    public static StandardFile load(String resourcePath) {
        return parse(read(resourcePath));
    }

    /**
     * A classpath resource as UTF-8 text, e.g. {@link #INDEX} for {@link #index}.
     *
     * @throws InvalidInputException   ({@code catalogue.file.binary}) if the bytes are not UTF-8
     * @throws IllegalArgumentException if there is no such resource: a deployment error, not a user's
     */
    public static String read(String resourcePath) {
        String path = withoutLeadingSlash(resourcePath);
        try (InputStream in = StandardFileParser.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no catalogue resource " + path + " on the classpath");
            }
            // a lenient decoder would turn bad bytes into U+FFFD and store them as statutory text
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of(FILE, "catalogue.file.binary");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalogue resource " + path, e);
        }
    }

    private static String withoutLeadingSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** The lines of a text; content that is not text is rejected before any line is looked at. */
    private static List<String> textLines(String content) {
        Objects.requireNonNull(content, "content");
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // U+FFFD is what a lenient UTF-8 decoder leaves of bytes that were not text
            if (c == '\uFFFD' || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw InvalidInputException.of(FILE, "catalogue.file.binary");
            }
        }
        return text.lines().toList();
    }

    static String excerpt(String line) {
        if (line.codePointCount(0, line.length()) <= EXCERPT_LENGTH) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, EXCERPT_LENGTH - 1)) + "…";
    }

    /** An item line as written, before the header it depends on is known. */
    private record Pending(int line, String standard, String article, String subject, String itemNo, ItemStatus status,
                           String text, String note) {
    }

    /** The state of reading one standard file. */
    private static final class Reading {

        private final List<String> lines;
        private final Problems problems = new Problems();
        private final Map<String, String> headers = new HashMap<>();
        private final Set<String> headersSeen = new HashSet<>();
        private final Map<String, Applicability> rules = new HashMap<>();
        private final Set<String> brokenRules = new HashSet<>();
        private final List<Pending> items = new ArrayList<>();
        private final Map<String, Integer> itemKeys = new HashMap<>();
        private boolean sawItemLine;
        private LocalDate effective;
        private Applicability scope;

        Reading(List<String> lines) {
            this.lines = lines;
        }

        StandardFile standard() {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                // item lines always have '|' and header values never need one
                if (line.indexOf('|') >= 0) {
                    item(i + 1, line);
                } else {
                    header(i + 1, line);
                }
            }
            checkWholeFile();
            problems.throwIfAny();
            List<ItemLine> result = new ArrayList<>();
            for (Pending p : items) {
                result.add(new ItemLine(p.article(), p.subject(), p.itemNo(), p.status(), p.text(), p.note(),
                        ruleFor(p.article()), result.size() + 1));
            }
            return new StandardFile(headers.get("standard"), headers.get("title"), headers.get("issuer"), effective,
                    scope, result);
        }

        private void header(int number, String line) {
            Matcher m = HEADER.matcher(line);
            if (!m.matches()) {
                problems.at(number, "catalogue.line.format", excerpt(line));
                return;
            }
            String key = m.group(1);
            String value = m.group(2).strip();
            if (!REQUIRED.contains(key) && !APPLIES.equals(key)) {
                problems.at(number, "catalogue.header.unknown", key);
                return;
            }
            if (APPLIES.equals(key)) {
                applies(number, value);
                return;
            }
            if (!headersSeen.add(key)) {
                problems.at(number, "catalogue.header.duplicate", key);
                return;
            }
            if (value.isEmpty()) {
                problems.at(number, "catalogue.header.missing", key);
                return;
            }
            switch (key) {
                case "standard" -> {
                    if (!CODE.matcher(value).matches()) {
                        problems.at(number, "catalogue.line.format", excerpt(line));
                        return;
                    }
                    if (!checkLength(number, key, value, MAX_CODE)) {
                        return;
                    }
                }
                case "title", "issuer" -> {
                    if (!checkLength(number, key, value, MAX_TITLE)) {
                        return;
                    }
                }
                case "effective" -> {
                    effective = date(value);
                    if (effective == null) {
                        problems.at(number, "catalogue.effective.format", value);
                        return;
                    }
                }
                case "scope" -> {
                    Applicability parsed = applicability(value);
                    if (parsed == null || parsed.kind() == Applicability.Kind.FIELD) {
                        problems.at(number, "catalogue.applies.format", value);
                        return;
                    }
                    scope = parsed;
                }
                default -> throw new IllegalStateException("header without a rule: " + key);
            }
            headers.put(key, value);
        }

        private void applies(int number, String value) {
            Matcher m = RULE.matcher(value);
            String article = m.matches() ? m.group(1) : value.split("[\\s=]", 2)[0];
            Applicability parsed = m.matches() ? applicability(m.group(2)) : null;
            if (parsed == null || !checkLength(number, APPLIES, parsed.toString(), MAX_RULE)) {
                if (parsed == null) {
                    problems.at(number, "catalogue.applies.format", value);
                }
                // the article's items have a rule, only a broken one: reporting them again would hide the cause
                brokenRules.add(article);
                return;
            }
            if (rules.putIfAbsent(article, parsed) != null) {
                problems.at(number, "catalogue.header.duplicate", APPLIES + " " + article);
            }
        }

        /** An ISO date written in full, so that 2024-1-1 is not read one way here and another way elsewhere. */
        private static LocalDate date(String text) {
            try {
                return DATE.matcher(text).matches() ? LocalDate.parse(text) : null;
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        private static Applicability applicability(String text) {
            try {
                return Applicability.parse(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private void item(int number, String line) {
            sawItemLine = true;
            String[] f = line.split("\\|", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].strip();
            }
            if (f.length < 5 || f.length > 6 || f[0].isEmpty() || f[1].isEmpty() || f[2].isEmpty()
                    || !ITEM_NO.matcher(f[3]).matches()) {
                problems.at(number, "catalogue.line.format", excerpt(line));
                return;
            }
            String last = f[f.length - 1];
            ItemStatus status;
            String text = null, note = null;
            if (f.length == 6) {
                if (!f[4].startsWith(UNSURE) || f[4].substring(UNSURE.length()).isBlank() || isMissingMarker(last)) {
                    problems.at(number, "catalogue.line.format", excerpt(line));
                    return;
                }
                status = ItemStatus.UNSURE;
                note = f[4].substring(UNSURE.length()).strip();
                text = last;
            } else if (last.startsWith(MISSING)) {
                if (!isMissingMarker(last)) {
                    problems.at(number, "catalogue.line.format", excerpt(line));
                    return;
                }
                status = ItemStatus.MISSING;
                note = missingNote(last.substring(MISSING.length()).strip());
            } else {
                status = ItemStatus.VERBATIM;
                // "UNSURE: why" alone is an UNSURE item whose text was left out
                text = last.startsWith(UNSURE) ? "" : last;
            }
            if (status != ItemStatus.MISSING && text.isEmpty()) {
                problems.at(number, "catalogue.item.text");
                return;
            }
            boolean fits = checkLength(number, "article", f[1], MAX_ARTICLE)
                    & checkLength(number, "subject", f[2], MAX_SUBJECT)
                    & checkLength(number, "itemNo", f[3], MAX_ITEM_NO)
                    & (note == null || checkLength(number, "note", note, MAX_NOTE));
            if (!fits) {
                return;
            }
            Integer first = itemKeys.putIfAbsent(f[1] + f[3], number);
            if (first != null) {
                problems.at(number, "catalogue.item.duplicate", f[1], f[3], first);
                return;
            }
            items.add(new Pending(number, f[0], f[1], f[2], f[3], status, text, note));
        }

        /** {@code MISSING} alone or followed by a note; "MISSINGxyz" is a typo, not a marker. */
        private static boolean isMissingMarker(String field) {
            return field.equals(MISSING) || field.startsWith(MISSING) && Character.isWhitespace(field.charAt(MISSING.length()));
        }

        /** The reference writes fragments as "(fragment seen in S7: …)"; the brackets are layout, not note. */
        private static String missingNote(String note) {
            if (note.isEmpty()) {
                return null;
            }
            if (note.startsWith("(") && note.endsWith(")")) {
                String inner = note.substring(1, note.length() - 1).strip();
                return inner.isEmpty() ? null : inner;
            }
            return note;
        }

        private boolean checkLength(int number, String field, String value, int max) {
            if (value.codePointCount(0, value.length()) > max) {
                problems.at(number, "catalogue.field.length", field, max);
                return false;
            }
            return true;
        }

        private Applicability ruleFor(String article) {
            Applicability rule = rules.get(article);
            return rule != null ? rule : rules.get(DEFAULT_ARTICLE);
        }

        private void checkWholeFile() {
            for (String key : REQUIRED) {
                if (!headersSeen.contains(key)) {
                    problems.file("catalogue.header.missing", key);
                }
            }
            if (!sawItemLine) {
                problems.file("catalogue.items.none");
            }
            String code = headers.get("standard");
            Set<String> unruled = new HashSet<>();
            for (Pending p : items) {
                if (code != null && !p.standard().equals(code)) {
                    problems.at(p.line(), "catalogue.line.standard", p.standard(), code);
                }
                boolean ruleBroken = brokenRules.contains(p.article()) || brokenRules.contains(DEFAULT_ARTICLE);
                if (ruleFor(p.article()) == null && !ruleBroken && unruled.add(p.article())) {
                    problems.at(p.line(), "catalogue.applies.article", p.article());
                }
            }
        }
    }

    /** Problems in line order, whole-file ones last, so the report reads like the file. */
    private static final class Problems {

        private record Problem(int line, FieldError error) {
        }

        private final List<Problem> list = new ArrayList<>();

        void at(int line, String key, Object... arguments) {
            list.add(new Problem(line, new FieldError("line " + line, key, List.of(arguments))));
        }

        void file(String key, Object... arguments) {
            list.add(new Problem(Integer.MAX_VALUE, new FieldError(FILE, key, List.of(arguments))));
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        void throwIfAny() {
            if (!list.isEmpty()) {
                // stable: problems of one line keep the order they were found in
                throw new InvalidInputException(list.stream().sorted(Comparator.comparingInt(Problem::line))
                        .map(Problem::error).toList());
            }
        }
    }
}
