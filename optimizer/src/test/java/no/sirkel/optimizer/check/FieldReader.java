package no.sirkel.optimizer.check;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Reads typed fields out of a JSON tree and records a {@link Violation} for every field that is missing or of the wrong
 * type, so a reader can go on and report everything that is wrong at once. Field paths are built as
 * {@code parentPath + "." + name}.
 */
final class FieldReader {

    private final List<Violation> violations;

    FieldReader(List<Violation> violations) {
        this.violations = violations;
    }

    void add(String field, String message) {
        violations.add(new Violation(field, message));
    }

    static String path(String parentPath, String name) {
        return parentPath.isEmpty() ? name : parentPath + "." + name;
    }

    static boolean absent(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        return node == null || node.isNull();
    }

    /** The number, or null where the field is missing or null; a violation where it is something else. */
    Double optionalNumber(JsonNode parent, String name, String parentPath) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            add(path(parentPath, name), "must be a number");
            return null;
        }
        return node.doubleValue();
    }

    double numberOrDefault(JsonNode parent, String name, String parentPath, double defaultValue) {
        Double value = optionalNumber(parent, name, parentPath);
        return value == null ? defaultValue : value;
    }

    /** The number; a violation (and null) where it is missing, null or not a number. */
    Double requiredNumber(JsonNode parent, String name, String parentPath) {
        if (absent(parent, name)) {
            add(path(parentPath, name), "is missing");
            return null;
        }
        return optionalNumber(parent, name, parentPath);
    }

    String optionalText(JsonNode parent, String name, String parentPath) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            add(path(parentPath, name), "must be a string");
            return null;
        }
        return node.stringValue();
    }

    String requiredText(JsonNode parent, String name, String parentPath) {
        if (absent(parent, name)) {
            add(path(parentPath, name), "is missing");
            return null;
        }
        return optionalText(parent, name, parentPath);
    }

    LocalDate optionalDate(JsonNode parent, String name, String parentPath) {
        String text = optionalText(parent, name, parentPath);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            add(path(parentPath, name), "is '" + text + "', not an ISO date (yyyy-mm-dd)");
            return null;
        }
    }

    /** A contamination class 1..5, or null where the field is missing or null. */
    Integer optionalClass(JsonNode parent, String name, String parentPath) {
        Double value = optionalNumber(parent, name, parentPath);
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value) || value < 1 || value > 5) {
            add(path(parentPath, name), "is " + Tolerance.format(value) + ", must be 1..5 or null");
            return null;
        }
        return value.intValue();
    }

    /**
     * A non-empty list of strings; null where the field is null or missing (a violation unless {@code nullable}).
     */
    Set<String> stringSet(JsonNode parent, String name, String parentPath, boolean nullable) {
        String field = path(parentPath, name);
        if (absent(parent, name)) {
            if (!nullable) {
                add(field, "is missing");
            }
            return null;
        }
        JsonNode node = parent.get(name);
        if (!node.isArray() || node.isEmpty()) {
            add(field, "must be a non-empty list of material codes");
            return null;
        }
        Set<String> values = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            if (!element.isString() || element.stringValue().isEmpty()) {
                add(field + "[" + i + "]", "must be a non-empty string");
            } else {
                values.add(element.stringValue());
            }
        }
        return values;
    }

    /** The elements of a list field; empty where it is missing or null, a violation where it is not a list. */
    List<JsonNode> list(JsonNode parent, String name, String parentPath) {
        if (absent(parent, name)) {
            return List.of();
        }
        JsonNode node = parent.get(name);
        if (!node.isArray()) {
            add(path(parentPath, name), "must be a list");
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            if (!element.isObject()) {
                add(path(parentPath, name) + "[" + i + "]", "must be an object");
                elements.add(null);
            } else {
                elements.add(element);
            }
        }
        return elements;
    }
    /** Reads a required number and records a violation where it is not the expected value (within the tolerance). */
    Double expectField(JsonNode parent, String parentPath, String name, double expected) {
        Double actual = requiredNumber(parent, name, parentPath);
        expectClose(path(parentPath, name), actual, expected);
        return actual;
    }

    /** Reads a required number and records a violation where it lies outside {@code low..high} (within the tolerance). */
    void expectWithin(JsonNode parent, String field, String name, double low, double high) {
        Double actual = requiredNumber(parent, name, field.substring(0, field.lastIndexOf('.')));
        if (actual == null) {
            return;
        }
        if (actual < low - Tolerance.allowance(low) || actual > high + Tolerance.allowance(high)) {
            String expected = Tolerance.close(low, high) ? Tolerance.format(low)
                    : Tolerance.format(low) + ".." + Tolerance.format(high);
            add(field, "is " + Tolerance.format(actual) + ", expected " + expected);
        }
    }

    /** Records a violation where a number read (null: already reported) is not the expected value. */
    void expectClose(String field, Double actual, double expected) {
        if (actual != null && !Tolerance.close(actual, expected)) {
            add(field, "is " + Tolerance.format(actual) + ", expected " + Tolerance.format(expected));
        }
    }

    /** A text as a violation shows it: in single quotes, or null. */
    static String quoted(String text) {
        return text == null ? "null" : "'" + text + "'";
    }
}
