package no.sirkel.optimizer.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One pass over a JSON tree in the problem format: typed fields, each missing, mistyped or unknown field reported
 * once and left to no further check, so that {@link ProblemValidator}'s rules are only applied to fields that could be
 * read.
 */
final class TreeReading {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final List<FieldError> errors = new ArrayList<>();
    private final Set<String> brokenPaths = new HashSet<>();

    /** Parses a document, refusing malformed JSON and duplicate keys; null for an empty document. */
    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw malformed(e);
        }
    }

    static JsonNode parse(InputStream in) {
        try {
            return MAPPER.readTree(in);
        } catch (JacksonException e) {
            throw malformed(e);
        }
    }

    private static InvalidProblemException malformed(JacksonException e) {
        if (e.getCause() instanceof IOException io) {
            throw new UncheckedIOException(io);
        }
        return new InvalidProblemException(List.of(new FieldError("", "malformed JSON: " + e.getOriginalMessage()
                + (e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"))));
    }

    /** Throws with the reading's errors and every validation error not about a field that could not be read. */
    void refuseIfBroken(List<FieldError> validationErrors) {
        List<FieldError> all = new ArrayList<>(errors);
        for (FieldError error : validationErrors) {
            if (!isAboutBrokenField(error.field())) {
                all.add(error);
            }
        }
        if (!all.isEmpty()) {
            throw new InvalidProblemException(all);
        }
    }

    private boolean isAboutBrokenField(String field) {
        for (String path : brokenPaths) {
            if (field.equals(path) || field.startsWith(path + ".") || field.startsWith(path + "[")) {
                return true;
            }
        }
        return false;
    }

    void broken(String path, String message) {
        if (isAboutBrokenField(path)) {
            return;
        }
        errors.add(new FieldError(path, message));
        brokenPaths.add(path);
    }

    /** The fields of an object, which may hold only the {@code known} names. */
    Fields fields(String path, JsonNode node, Set<String> known) {
        return new Fields(path, node, known);
    }

    /**
     * The elements of a list field; empty where it is missing or null ("is required" where {@code required}).
     * An element that is not an object is reported and read as an empty object.
     */
    <T> List<T> list(JsonNode parent, String parentPath, String name, boolean required,
                     BiFunction<String, JsonNode, T> element) {
        String listPath = parentPath.isEmpty() ? name : parentPath + "." + name;
        JsonNode node = parent.get(name);
        List<T> result = new ArrayList<>();
        if (node == null || node.isNull()) {
            if (required) {
                broken(listPath, "is required");
            }
            return result;
        }
        if (!node.isArray()) {
            broken(listPath, "must be a list");
            return result;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = listPath + "[" + i + "]";
            JsonNode item = node.get(i);
            if (!item.isObject()) {
                broken(path, "must be an object");
            }
            result.add(element.apply(path, item.isObject() ? item : MAPPER.createObjectNode()));
        }
        return result;
    }

    /** Typed access to the fields of one JSON object, reporting missing, mistyped and unknown fields. */
    final class Fields {

        private final String path;
        private final JsonNode node;

        private Fields(String path, JsonNode node, Set<String> known) {
            this.path = path;
            this.node = node;
            for (String name : node.propertyNames()) {
                if (!known.contains(name)) {
                    broken(path(name), "is not a field of the problem format");
                }
            }
        }

        String path(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        /** Whether the field is given and not null. */
        boolean has(String name) {
            return present(name) != null;
        }

        /** The field's value where it is given and not null, else null. */
        JsonNode present(String name) {
            JsonNode value = node.get(name);
            return value == null || value.isNull() ? null : value;
        }

        String optionalString(String name) {
            JsonNode value = present(name);
            if (value == null) {
                return null;
            }
            if (!value.isString()) {
                broken(path(name), "must be a string");
                return null;
            }
            return value.stringValue();
        }

        String requiredString(String name) {
            if (present(name) == null) {
                broken(path(name), "is required");
                return null;
            }
            return optionalString(name);
        }

        Double optionalNumber(String name) {
            JsonNode value = present(name);
            if (value == null) {
                return null;
            }
            if (!value.isNumber()) {
                broken(path(name), "must be a number");
                return Double.NaN;
            }
            return value.doubleValue();
        }

        double requiredNumber(String name) {
            if (present(name) == null) {
                broken(path(name), "is required");
                return Double.NaN;
            }
            return optionalNumber(name);
        }

        double number(String name, double defaultValue) {
            Double value = optionalNumber(name);
            return value == null ? defaultValue : value;
        }

        Integer optionalInteger(String name) {
            JsonNode value = present(name);
            if (value == null) {
                return null;
            }
            if (!value.isNumber() || !value.canConvertToExactIntegral() || !value.canConvertToInt()) {
                broken(path(name), "must be a whole number");
                return null;
            }
            return value.intValue();
        }

        LocalDate optionalDate(String name) {
            JsonNode value = present(name);
            if (value == null) {
                return null;
            }
            if (value.isString() && value.stringValue().matches("\\d{4}-\\d{2}-\\d{2}")) {
                try {
                    return LocalDate.parse(value.stringValue());
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            broken(path(name), "must be a date yyyy-mm-dd");
            return null;
        }

        LocalDate requiredDate(String name) {
            if (present(name) == null) {
                broken(path(name), "is required");
                return null;
            }
            return optionalDate(name);
        }

        List<String> stringList(String name, boolean required) {
            JsonNode value = present(name);
            if (value == null) {
                if (required) {
                    broken(path(name), "is required");
                }
                return null;
            }
            if (!value.isArray()) {
                broken(path(name), "must be a list of strings");
                return null;
            }
            List<String> strings = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                if (item.isString()) {
                    strings.add(item.stringValue());
                } else {
                    broken(path(name) + "[" + i + "]", "must be a string");
                    strings.add("?");
                }
            }
            return strings;
        }

        /** One of the enum's constants by name; {@code defaultValue} where left out or null. */
        <E extends Enum<E>> E constant(String name, Class<E> type, E defaultValue) {
            JsonNode value = present(name);
            if (value == null) {
                return defaultValue;
            }
            if (value.isString()) {
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equals(value.stringValue())) {
                        return constant;
                    }
                }
            }
            List<String> names = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                names.add(constant.name());
            }
            broken(path(name), "must be " + String.join(", ", names.subList(0, names.size() - 1)) + " or "
                    + names.get(names.size() - 1));
            return defaultValue;
        }

        /** The fields of an object-valued field; null (reported) where it is something else, or left out. */
        Fields object(String name, Set<String> known) {
            JsonNode value = present(name);
            if (value == null) {
                return null;
            }
            if (!value.isObject()) {
                broken(path(name), "must be an object");
                return null;
            }
            return new Fields(path(name), value, known);
        }

        <T> List<T> list(String name, boolean required, BiFunction<String, JsonNode, T> element) {
            return TreeReading.this.list(node, path, name, required, element);
        }
    }
}
