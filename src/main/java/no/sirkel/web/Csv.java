package no.sirkel.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Comma-separated values (RFC 4180) as imports send them and exports write them: a header row, then one record per
 * line; fields with commas, quotes or line breaks are quoted, quotes doubled.
 */
public final class Csv {

    private Csv() {
    }

    /**
     * Reads a table with a header row.
     *
     * @return one map per record from header name to field (an empty field is null); 400 naming {@code body} where a
     *         record has more fields than the header or a quote is not closed
     */
    public static List<Map<String, String>> read(String text) {
        List<List<String>> records = records(text == null ? "" : text);
        if (records.isEmpty()) {
            throw ApiException.badRequest("body", "field.csv.header");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.size() > header.size()) {
                throw ApiException.badRequest("body", "field.csv.tooManyFields", i, record.size(),
                        header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int column = 0; column < header.size(); column++) {
                String value = column < record.size() ? record.get(column).strip() : "";
                row.put(header.get(column), value.isEmpty() ? null : value);
            }
            rows.add(row);
        }
        return rows;
    }

    /** One record, with its line break. Numbers are written with a dot; nulls as empty fields. */
    public static String line(Object... fields) {
        return Stream.of(fields).map(Csv::field).collect(Collectors.joining(",", "", "\n"));
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Double number ? String.format(Locale.ROOT, "%.3f", number)
                : value.toString();
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(records, record, field);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw ApiException.badRequest("body", "field.csv.quote");
        }
        endRecord(records, record, field);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> record, StringBuilder field) {
        record.add(field.toString());
        field.setLength(0);
        if (!(record.size() == 1 && record.get(0).isBlank())) {
            records.add(record);
        }
    }
}
