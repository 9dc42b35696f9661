package no.sirkel.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.valid.IsValidOp;
import tools.jackson.databind.JsonNode;

/**
 * An area of interest given as a GeoJSON Polygon (RFC 7946: WGS84, longitude first, closed rings, the first ring the
 * outer boundary and any others holes). Coordinates are treated as planar lon/lat, which is exact enough for regions
 * of a few hundred kilometres away from the poles and the antimeridian.
 */
public final class Region {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Polygon polygon;
    private final PreparedGeometry prepared;

    private Region(Polygon polygon) {
        this.polygon = polygon;
        this.prepared = PreparedGeometryFactory.prepare(polygon);
    }

    /**
     * Reads and validates a GeoJSON Polygon.
     *
     * @param json   the polygon as sent; null or JSON null means no region
     * @param field  its JSON path in the request, for error messages
     * @param errors where problems are recorded, as (field, message)
     * @return the region, or null where there is none or it is invalid (then the problem is recorded)
     */
    public static Region read(JsonNode json, String field, BiConsumer<String, String> errors) {
        if (json == null || json.isNull()) {
            return null;
        }
        if (!json.isObject() || !"Polygon".equals(json.path("type").asString(null))) {
            errors.accept(field + ".type", "must be Polygon (a GeoJSON Polygon)");
            return null;
        }
        JsonNode rings = json.path("coordinates");
        if (!rings.isArray() || rings.isEmpty()) {
            errors.accept(field + ".coordinates", "must be a non-empty array of linear rings");
            return null;
        }
        List<LinearRing> linearRings = new ArrayList<>();
        for (int r = 0; r < rings.size(); r++) {
            LinearRing ring = ring(rings.get(r), field + ".coordinates[" + r + "]", errors);
            if (ring == null) {
                return null;
            }
            linearRings.add(ring);
        }
        Polygon polygon = GEOMETRY.createPolygon(linearRings.get(0),
                linearRings.subList(1, linearRings.size()).toArray(LinearRing[]::new));
        IsValidOp validity = new IsValidOp(polygon);
        if (!validity.isValid()) {
            errors.accept(field + ".coordinates", "is not a valid polygon: "
                    + validity.getValidationError().getMessage().toLowerCase());
            return null;
        }
        return new Region(polygon);
    }

    private static LinearRing ring(JsonNode positions, String field, BiConsumer<String, String> errors) {
        if (!positions.isArray() || positions.size() < 4) {
            errors.accept(field, "must be a closed ring of at least 4 positions");
            return null;
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            JsonNode position = positions.get(i);
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
                    || !position.get(1).isNumber()) {
                errors.accept(field + "[" + i + "]", "must be a position [lon, lat]");
                return null;
            }
            double lon = position.get(0).asDouble();
            double lat = position.get(1).asDouble();
            if (!GeoPoint.validLongitude(lon) || !GeoPoint.validLatitude(lat)) {
                errors.accept(field + "[" + i + "]", "must be within lon -180..180 and lat -90..90");
                return null;
            }
            coordinates[i] = new Coordinate(lon, lat);
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            errors.accept(field, "must be closed: the last position must repeat the first");
            return null;
        }
        return GEOMETRY.createLinearRing(coordinates);
    }

    /** Whether the position lies inside the region or on its boundary. */
    public boolean covers(double lon, double lat) {
        return prepared.covers(GEOMETRY.createPoint(new Coordinate(lon, lat)));
    }

    /** The smallest lon/lat rectangle around the region, for an index pre-filter. */
    public BoundingBox boundingBox() {
        Envelope envelope = polygon.getEnvelopeInternal();
        return new BoundingBox(envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY());
    }
}
