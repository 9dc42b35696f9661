package no.sirkel.ogc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.sirkel.web.CrsParameter;
import no.sirkel.geo.BoundingBox;
import no.sirkel.geo.Crs;
import no.sirkel.geo.GeoPoint;
import no.sirkel.web.ApiException;
import no.sirkel.web.UnknownQueryParameters;

/**
 * The parameters of an items request (OGC API Features Part 1 and 2).
 *
 * @param limit      page size: 10 by default; more than {@value #MAX_LIMIT} is cut to it, as the standard allows
 * @param crs        the CRS features are answered in ({@code crs}), CRS84 by default
 * @param area       the {@code bbox} in its {@code bbox-crs}, or null
 * @param from       the first day of the {@code datetime} interval, or null (open start)
 * @param to         the last day of the {@code datetime} interval, or null (open end)
 * @param properties the property filters the collection offers that were given, by name
 * @param cursor     where the previous page ended, as the {@code next} link gave it, or null
 */
record ItemsQuery(int limit, Crs crs, Area area, LocalDate from, LocalDate to, Map<String, String> properties,
                  String cursor) {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 1000;

    /** The parameters of one feature's request: the format and the CRS. */
    static final List<String> FEATURE_PARAMETERS = List.of("f", "crs");

    /** The parameters of every items request, besides the collection's queryables. */
    static final List<String> ITEMS_PARAMETERS = List.of("f", "crs", "bbox", "bbox-crs", "datetime", "limit", "cursor");

    /**
     * Reads an items request.
     *
     * @param queryables the collection's property filters, taken besides {@link #ITEMS_PARAMETERS}; any other
     *                   parameter is refused with 400
     */
    static ItemsQuery parse(Map<String, String> parameters, List<String> queryables) {
        List<String> known = new ArrayList<>(ITEMS_PARAMETERS);
        known.addAll(queryables);
        UnknownQueryParameters.requireKnown(parameters.keySet(), known);
        Crs bboxCrs = CrsParameter.parse(parameters.get("bbox-crs"), "bbox-crs");
        LocalDate[] window = datetime(parameters.get("datetime"));
        Map<String, String> properties = new LinkedHashMap<>();
        for (String name : queryables) {
            String value = parameters.get(name);
            if (value != null && !value.isBlank()) {
                properties.put(name, value.trim());
            }
        }
        String cursor = parameters.get("cursor");
        return new ItemsQuery(limit(parameters.get("limit")), CrsParameter.parse(parameters.get("crs"), "crs"),
                Area.parse(parameters.get("bbox"), bboxCrs), window[0], window[1], properties,
                cursor == null || cursor.isBlank() ? null : cursor);
    }

    /** Reads a request for one feature: only its {@code crs} (and {@code f}) apply; any other is refused. */
    static ItemsQuery forFeature(Map<String, String> parameters) {
        UnknownQueryParameters.requireKnown(parameters.keySet(), FEATURE_PARAMETERS);
        return new ItemsQuery(DEFAULT_LIMIT, CrsParameter.parse(parameters.get("crs"), "crs"), null, null, null,
                Map.of(), null);
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1) {
                return Math.min(limit, MAX_LIMIT);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest("limit", "field.wholeNumberFromOne");
    }

    /** An instant or an interval ({@code a/b}, either end {@code ..} or empty for open), to whole days in UTC. */
    private static LocalDate[] datetime(String value) {
        if (value == null || value.isBlank()) {
            return new LocalDate[2];
        }
        String[] ends = value.trim().split("/", -1);
        if (ends.length > 2) {
            throw ApiException.badRequest("datetime", "field.datetime");
        }
        LocalDate from = day(ends[0]);
        LocalDate to = ends.length == 1 ? from : day(ends[1]);
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badRequest("datetime", "field.datetime.order");
        }
        return new LocalDate[] {from, to};
    }

    private static LocalDate day(String value) {
        String trimmed = value.trim();
        if (trimmed.isEmpty() || trimmed.equals("..")) {
            return null;
        }
        try {
            return trimmed.length() == 10 ? LocalDate.parse(trimmed)
                    : OffsetDateTime.parse(trimmed).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("datetime", "field.datetime");
        }
    }

    /**
     * A {@code bbox} in its CRS's axis order ({@code minX,minY,maxX,maxY}: lon/lat for CRS84, lat/lon for EPSG:4326,
     * easting/northing in metres for UTM).
     */
    record Area(Crs crs, double minX, double minY, double maxX, double maxY) {

        /** Degrees added around a UTM box's WGS84 outline, more than its edges bulge between the sampled points. */
        private static final double MARGIN_DEGREES = 0.01;
        private static final int SAMPLES_PER_EDGE = 8;

        static Area parse(String value, Crs crs) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String[] parts = value.split(",", -1);
            if (parts.length != 4) {
                throw ApiException.badRequest("bbox", "field.bbox.corners");
            }
            double[] numbers = new double[4];
            for (int i = 0; i < 4; i++) {
                try {
                    numbers[i] = Double.parseDouble(parts[i].trim());
                } catch (NumberFormatException e) {
                    throw ApiException.badRequest("bbox", "field.bbox.corners");
                }
                if (!Double.isFinite(numbers[i])) {
                    throw ApiException.badRequest("bbox", "field.bbox.finite");
                }
            }
            if (numbers[0] > numbers[2] || numbers[1] > numbers[3]) {
                throw ApiException.badRequest("bbox", "field.bbox.cornerOrder");
            }
            return new Area(crs, numbers[0], numbers[1], numbers[2], numbers[3]);
        }

        /** A WGS84 box holding the whole area, for the index pre-filter. */
        BoundingBox wgs84() {
            double minLon = 180;
            double minLat = 90;
            double maxLon = -180;
            double maxLat = -90;
            for (int i = 0; i <= SAMPLES_PER_EDGE; i++) {
                double share = (double) i / SAMPLES_PER_EDGE;
                double x = minX + share * (maxX - minX);
                double y = minY + share * (maxY - minY);
                for (double[] corner : new double[][] {{x, minY}, {x, maxY}, {minX, y}, {maxX, y}}) {
                    double[] lonLat = crs.toLonLat(corner[0], corner[1]);
                    minLon = Math.min(minLon, lonLat[0]);
                    maxLon = Math.max(maxLon, lonLat[0]);
                    minLat = Math.min(minLat, lonLat[1]);
                    maxLat = Math.max(maxLat, lonLat[1]);
                }
            }
            double margin = crs.geographic() ? 0 : MARGIN_DEGREES;
            try {
                return new BoundingBox(Math.max(-180, minLon - margin), Math.max(-90, minLat - margin),
                        Math.min(180, maxLon + margin), Math.min(90, maxLat + margin));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("bbox", "field.bbox.notOnEarth", crs.uri());
            }
        }

        /** Whether the WGS84 position lies in the area, measured in the area's own CRS. */
        boolean contains(GeoPoint point) {
            double[] position = crs.fromLonLat(point.lon(), point.lat());
            return position[0] >= minX && position[0] <= maxX && position[1] >= minY && position[1] <= maxY;
        }
    }
}
