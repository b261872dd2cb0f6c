package org.selfcheck.report;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.selfcheck.report.seal.CanonicalJson;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed between two compilations of a report, section by section, as a person reads it: the report the principal
 * was shown and the one compiled at signing. Entries of a list (checks, hazards) are matched by their id, so that a
 * hazard whose deadline moved shows as that hazard's deadline, not as a shifted list.
 */
public final class ReportDiff {

    /**
     * One changed value.
     *
     * @param section the report's top-level part (company, organisation, checks, statistics, hazards, attendance, ...)
     * @param entry   the entry of a list the change is in (a check's date, a hazard's description), null for a part's own field
     * @param field   the field's name, null when a whole entry was added or removed
     * @param before  the value shown before, null when there was none
     * @param after   the value now, null when there is none
     */
    public record Change(String section, String entry, String field, String before, String after) {
    }

    private ReportDiff() {
    }

    /** The changes from {@code before} to {@code after} (both report contents as JSON), in the report's order. */
    public static List<Change> between(String before, String after) {
        JsonObject a = CanonicalJson.parseObject(before);
        JsonObject b = CanonicalJson.parseObject(after);
        List<Change> changes = new ArrayList<>();
        Set<String> sections = new LinkedHashSet<>();
        for (var component : QuarterlyReport.class.getRecordComponents()) {
            sections.add(component.getName());
        }
        sections.addAll(keys(a, b));
        for (String section : sections) {
            if (section.equals("schema")) {
                continue;
            }
            compare(section, null, null, a.get(section), b.get(section), changes);
        }
        return changes;
    }

    private static void compare(String section, String entry, String field, JsonValue x, JsonValue y, List<Change> out) {
        if (Objects.equals(x, y)) {
            return;
        }
        if (x instanceof JsonObject ox && y instanceof JsonObject oy) {
            for (String key : keys(ox, oy)) {
                compare(section, entry, field == null ? key : field + "." + key, ox.get(key), oy.get(key), out);
            }
        } else if (x instanceof JsonArray ax && y instanceof JsonArray ay && entries(ax) && entries(ay) && field == null) {
            compareEntries(section, ax, ay, out);
        } else {
            out.add(new Change(section, entry, field, text(x), text(y)));
        }
    }

    /** Lists of objects with an id (checks, hazards): matched by id; added and removed entries are shown whole. */
    private static void compareEntries(String section, JsonArray xs, JsonArray ys, List<Change> out) {
        for (JsonValue x : xs) {
            JsonObject ox = x.asJsonObject();
            JsonObject oy = byId(ys, ox.get("id"));
            if (oy == null) {
                out.add(new Change(section, label(ox), null, label(ox), null));
            } else {
                for (String key : keys(ox, oy)) {
                    compare(section, label(oy), key, ox.get(key), oy.get(key), out);
                }
            }
        }
        for (JsonValue y : ys) {
            if (byId(xs, y.asJsonObject().get("id")) == null) {
                out.add(new Change(section, label(y.asJsonObject()), null, null, label(y.asJsonObject())));
            }
        }
    }

    private static boolean entries(JsonArray a) {
        return a.stream().allMatch(v -> v instanceof JsonObject o && o.containsKey("id"));
    }

    private static JsonObject byId(JsonArray a, JsonValue id) {
        return a.stream().map(JsonValue::asJsonObject).filter(o -> Objects.equals(o.get("id"), id)).findFirst().orElse(null);
    }

    /** How a person names an entry: a hazard by its description, a check by its date. */
    private static String label(JsonObject o) {
        for (String key : List.of("description", "date", "name")) {
            if (o.get(key) instanceof JsonString s) {
                return s.getString();
            }
        }
        return text(o.get("id"));
    }

    private static String text(JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonArray a) {
            return a.stream().map(ReportDiff::text).map(t -> t == null ? "" : t).collect(Collectors.joining("、"));
        }
        return v.toString();
    }

    private static Set<String> keys(JsonObject a, JsonObject b) {
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
