package no.sirkel.geo;

import no.sirkel.optimizer.rules.GreatCircle;

/**
 * A longitude/latitude rectangle in WGS84 degrees, minimum longitude and latitude first (the GeoJSON order). Boxes crossing the antimeridian are not supported: {@code minLon ≤ maxLon}.
 *
 * <p>Repositories filter with {@code location <@ box(point(:minLon, :minLat), point(:maxLon, :maxLat))} on the
 * {@code point(lon, lat)} columns, which their GiST indexes serve.
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

    public BoundingBox {
        if (!GeoPoint.validLongitude(minLon) || !GeoPoint.validLongitude(maxLon)
                || !GeoPoint.validLatitude(minLat) || !GeoPoint.validLatitude(maxLat)
                || minLon > maxLon || minLat > maxLat) {
            throw new IllegalArgumentException("not a bounding box: " + minLon + "," + minLat + "," + maxLon + ","
                    + maxLat);
        }
    }

    /**
     * The smallest box holding every point within {@code radiusKm} great-circle km of (lat, lon), on the sphere of
     * {@link GreatCircle#EARTH_RADIUS_KM}: longitudes span asin(sin r / cos lat) either side (at 63°N a degree of
     * longitude is about 50 km). A circle over a pole or across the antimeridian gets every longitude. It never leaves
     * out a point within the radius; its corners hold some further away.
     */
    public static BoundingBox around(double lat, double lon, double radiusKm) {
        double angularRadius = radiusKm / GreatCircle.EARTH_RADIUS_KM;
        if (angularRadius >= Math.PI) {
            return new BoundingBox(-180, -90, 180, 90);
        }
        double radiusDegrees = Math.toDegrees(angularRadius);
        double minLat = lat - radiusDegrees;
        double maxLat = lat + radiusDegrees;
        if (minLat <= -90 || maxLat >= 90) {
            return new BoundingBox(-180, Math.max(minLat, -90), 180, Math.min(maxLat, 90));
        }
        double lonDegrees = Math.toDegrees(
                Math.asin(Math.min(1, Math.sin(angularRadius) / Math.cos(Math.toRadians(lat)))));
        if (lon - lonDegrees < -180 || lon + lonDegrees > 180) {
            return new BoundingBox(-180, minLat, 180, maxLat);
        }
        return new BoundingBox(lon - lonDegrees, minLat, lon + lonDegrees, maxLat);
    }

    /** Whether the position (degrees) lies in the box or on its edge. */
    public boolean contains(double lat, double lon) {
        return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
    }
}
