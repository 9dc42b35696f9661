package no.sirkel.geo;

import java.util.List;

/**
 * A GeoJSON Point (RFC 7946) as it travels in requests and responses: {@code {"type": "Point", "coordinates": [lon,
 * lat]}}, WGS84 degrees, longitude first. Requests take it as read, unchecked; {@link GeoPoint#read} validates it.
 *
 * @param type        must be {@code Point}
 * @param coordinates longitude and latitude in degrees (an optional third value, altitude, is ignored)
 */
public record GeoJsonPoint(String type, List<Double> coordinates) {

    /** The position of a point the service itself wrote (one read from a request is checked by {@link GeoPoint#read}). */
    public GeoPoint position() {
        return new GeoPoint(coordinates.get(0), coordinates.get(1));
    }
}
