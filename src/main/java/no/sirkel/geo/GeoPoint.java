package no.sirkel.geo;

import java.util.List;
import java.util.function.BiConsumer;


/**
 * A position on the WGS84 ellipsoid (EPSG:4326), in decimal degrees.
 *
 * @param lon longitude, -180..180 degrees east
 * @param lat latitude, -90..90 degrees north
 */
public record GeoPoint(double lon, double lat) {

    public GeoPoint {
        if (!validLongitude(lon) || !validLatitude(lat)) {
            throw new IllegalArgumentException("not a WGS84 position: lon " + lon + ", lat " + lat);
        }
    }

    /**
     * Validates a GeoJSON Point taken from a request.
     *
     * @param json   the point as sent, possibly null or malformed
     * @param field  the JSON path of the point in the request, e.g. {@code location}; problems are recorded at
     *               {@code field}, {@code field.type} or {@code field.coordinates}
     * @param errors where problems are recorded, as (field, message)
     * @return the position, or null where the point is missing or invalid (and the problem is recorded)
     */
    public static GeoPoint read(GeoJsonPoint json, String field, BiConsumer<String, String> errors) {
        if (json == null) {
            errors.accept(field, "field.required");
            return null;
        }
        boolean valid = true;
        if (!"Point".equals(json.type())) {
            errors.accept(field + ".type", "field.point.type");
            valid = false;
        }
        List<Double> coordinates = json.coordinates();
        String coordinatesField = field + ".coordinates";
        if (coordinates == null || coordinates.size() < 2 || coordinates.size() > 3
                || coordinates.stream().anyMatch(value -> value == null || !Double.isFinite(value))) {
            errors.accept(coordinatesField, "must be [longitude, latitude] in WGS84 degrees");
            return null;
        }
        double lon = coordinates.get(0);
        double lat = coordinates.get(1);
        if (!validLongitude(lon)) {
            errors.accept(coordinatesField, "longitude " + lon + " is outside -180..180");
            valid = false;
        }
        if (!validLatitude(lat)) {
            errors.accept(coordinatesField, "latitude " + lat + " is outside -90..90");
            valid = false;
        }
        return valid ? new GeoPoint(lon, lat) : null;
    }

    /** This position as a GeoJSON Point, longitude first. */
    public GeoJsonPoint toGeoJson() {
        return new GeoJsonPoint("Point", List.of(lon, lat));
    }

    public static boolean validLongitude(double lon) {
        return lon >= -180 && lon <= 180;
    }

    public static boolean validLatitude(double lat) {
        return lat >= -90 && lat <= 90;
    }
}
