package no.sirkel.web;

import java.util.Optional;

import no.sirkel.geo.BoundingBox;
import no.sirkel.geo.GeoPoint;

/** The {@code bbox=minLon,minLat,maxLon,maxLat} query parameter of area searches (WGS84 degrees, GeoJSON order). */
public final class BoundingBoxParameter {

    public static final String NAME = "bbox";

    private BoundingBoxParameter() {
    }

    /**
     * Reads the {@code bbox} query parameter.
     *
     * @return the box, or empty where the parameter is absent or blank
     * @throws ApiException 400 naming {@code bbox} where it is not four numbers forming a valid box
     */
    public static Optional<BoundingBox> parse(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return Optional.empty();
        }
        String[] parts = parameter.split(",", -1);
        if (parts.length != 4) {
            throw invalid("field.bbox.fourNumbers");
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw invalid("field.bbox.fourNumbers");
            }
            if (!Double.isFinite(values[i])) {
                throw invalid("field.bbox.finite");
            }
        }
        if (!GeoPoint.validLongitude(values[0]) || !GeoPoint.validLongitude(values[2])) {
            throw invalid("field.bbox.longitudes");
        }
        if (!GeoPoint.validLatitude(values[1]) || !GeoPoint.validLatitude(values[3])) {
            throw invalid("field.bbox.latitudes");
        }
        if (values[0] > values[2] || values[1] > values[3]) {
            throw invalid("field.bbox.order");
        }
        return Optional.of(new BoundingBox(values[0], values[1], values[2], values[3]));
    }

    private static ApiException invalid(String message) {
        return ApiException.badRequest(NAME, message);
    }
}
