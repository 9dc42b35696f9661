package no.sirkel.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.sirkel.geo.Crs;
import no.sirkel.web.ApiException;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reads an import file into a {@link Table} by its media type: CSV, XLSX or a GeoJSON FeatureCollection. */
final class ImportFiles {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    static final List<MediaType> ACCEPTED = List.of(Sheets.CSV, Sheets.XLSX, GEO_JSON, MediaType.APPLICATION_JSON);

    private ImportFiles() {
    }

    /**
     * @param crs the CRS a GeoJSON file's Point coordinates are in ({@code Content-Crs}); CSV and XLSX name theirs
     *            per row
     */
    static Table read(MediaType type, byte[] body, Crs crs, ObjectMapper json) {
        if (Sheets.CSV.isCompatibleWith(type)) {
            return Sheets.readCsv(body);
        }
        if (Sheets.XLSX.isCompatibleWith(type)) {
            return Sheets.readXlsx(body);
        }
        return geoJson(body, crs, json);
    }

    /**
     * Each feature a row: its properties by the template's column keys, and its Point as x, y (with the file's CRS in
     * the crs column).
     */
    private static Table geoJson(byte[] body, Crs crs, ObjectMapper json) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw ApiException.badRequest("body", "field.notJson", e.getOriginalMessage());
        }
        if (!"FeatureCollection".equals(root.path("type").asString(null)) || !root.path("features").isArray()) {
            throw ApiException.invalid("type", "field.import.featureCollection");
        }
        List<String> headings = new ArrayList<>();
        List<Map<String, String>> features = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> property : feature.path("properties").properties()) {
                cells.put(property.getKey(), property.getValue().isNull() ? "" : property.getValue().asString());
            }
            JsonNode geometry = feature.path("geometry");
            if ("Point".equals(geometry.path("type").asString(null)) && geometry.path("coordinates").size() >= 2) {
                cells.put(ImportColumn.X.key(), geometry.path("coordinates").get(0).asString());
                cells.put(ImportColumn.Y.key(), geometry.path("coordinates").get(1).asString());
                cells.put(ImportColumn.CRS.key(), crs.uri());
            }
            cells.keySet().stream().filter(key -> !headings.contains(key)).forEach(headings::add);
            features.add(cells);
        }
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            Map<String, String> cells = features.get(i);
            rows.add(new Table.Row(i + 1, headings.stream().map(heading -> cells.getOrDefault(heading, "")).toList()));
        }
        return new Table(headings, rows);
    }
}
