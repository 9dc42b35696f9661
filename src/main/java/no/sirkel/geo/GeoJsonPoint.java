package no.sirkel.geo;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A GeoJSON Point (RFC 7946) as it travels in requests and responses: {@code {"type": "Point", "coordinates": [lon,
 * lat]}}, WGS84 degrees, longitude first. Requests take it as read, unchecked; {@link GeoPoint#read} validates it.
 *
 * @param type        must be {@code Point}
 * @param coordinates longitude and latitude in degrees (an optional third value, altitude, is ignored)
 */
public record GeoJsonPoint(@Schema(description = "Always Point", allowableValues = {"Point"}) String type,
                           @Schema(description = "The position: [longitude, latitude] in WGS84 degrees (CRS84, the "
                                   + "default), [latitude, longitude] for EPSG:4326, or [easting, northing] in metres "
                                   + "for EPSG:25832/25833, as the CRS in use says")
                           List<Double> coordinates) {

    /** The position of a point the service itself wrote (one read from a request is checked by {@link GeoPoint#read}). */
    public GeoPoint position() {
        return new GeoPoint(coordinates.get(0), coordinates.get(1));
    }
}
