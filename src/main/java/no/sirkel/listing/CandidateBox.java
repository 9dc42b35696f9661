package no.sirkel.listing;

import no.sirkel.optimizer.network.GreatCircle;

/**
 * A WGS84 longitude/latitude box (degrees) that holds every point within a great-circle radius of a centre: the
 * spatial pre-filter of a candidate search, matched against the site's {@code lat} and {@code lon}. It never leaves
 * out a point within the radius; the corners hold some further away.
 */
record CandidateBox(double minLon, double minLat, double maxLon, double maxLat) {

    /**
     * The smallest box around the circle of {@code radiusKm} great-circle km about (lat, lon) on the sphere of
     * {@link GreatCircle#EARTH_RADIUS_KM}. Longitudes span asin(sin r / cos lat) either side, so at 63°N a degree
     * of longitude is about 50 km; a circle over a pole or across the antimeridian gets every longitude.
     */
    static CandidateBox around(double lat, double lon, double radiusKm) {
        double angularRadius = radiusKm / GreatCircle.EARTH_RADIUS_KM;
        if (angularRadius >= Math.PI) {
            return new CandidateBox(-180, -90, 180, 90);
        }
        double radiusDegrees = Math.toDegrees(angularRadius);
        double minLat = lat - radiusDegrees;
        double maxLat = lat + radiusDegrees;
        if (minLat <= -90 || maxLat >= 90) {
            return new CandidateBox(-180, Math.max(minLat, -90), 180, Math.min(maxLat, 90));
        }
        double lonDegrees = Math.toDegrees(
                Math.asin(Math.min(1, Math.sin(angularRadius) / Math.cos(Math.toRadians(lat)))));
        if (lon - lonDegrees < -180 || lon + lonDegrees > 180) {
            return new CandidateBox(-180, minLat, 180, maxLat);
        }
        return new CandidateBox(lon - lonDegrees, minLat, lon + lonDegrees, maxLat);
    }

    boolean contains(double lat, double lon) {
        return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
    }
}
