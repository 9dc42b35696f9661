package no.sirkel.listing;

import no.sirkel.geo.BoundingBox;
import no.sirkel.geo.GeoPoint;
import no.sirkel.web.ApiException;

/**
 * A circle on the earth: everything within {@code radiusKm} great-circle kilometres of {@code centre}, on a sphere of
 * the mean earth radius (IUGG, {@value no.sirkel.optimizer.rules.GreatCircle#EARTH_RADIUS_KM} km).
 *
 * @param centre   WGS84 position
 * @param radiusKm radius, kilometres, more than 0
 */
record Near(GeoPoint centre, double radiusKm) {

    static final double MAX_RADIUS_KM = 2000;

    /**
     * Reads {@code near=lat,lon} (latitude first, as people say it) and {@code radiusKm}.
     *
     * @return the circle, or null where neither parameter is given
     * @throws ApiException 400 naming the parameter at fault
     */
    static Near parse(String near, String radiusKm) {
        boolean hasNear = near != null && !near.isBlank();
        boolean hasRadius = radiusKm != null && !radiusKm.isBlank();
        if (!hasNear && !hasRadius) {
            return null;
        }
        if (!hasNear) {
            throw ApiException.badRequest("near", "field.near.required");
        }
        if (!hasRadius) {
            throw ApiException.badRequest("radiusKm", "field.radiusKm.required");
        }
        String[] parts = near.split(",", -1);
        double lat;
        double lon;
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            lat = Double.parseDouble(parts[0].trim());
            lon = Double.parseDouble(parts[1].trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("near", "field.near.twoNumbers");
        }
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw ApiException.badRequest("near", "field.near.position");
        }
        double radius;
        try {
            radius = Double.parseDouble(radiusKm.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("radiusKm", "field.radiusKm.number");
        }
        if (!(radius > 0 && radius <= MAX_RADIUS_KM)) {
            throw ApiException.badRequest("radiusKm", "field.moreThanZeroAtMost", (int) MAX_RADIUS_KM);
        }
        return new Near(new GeoPoint(lon, lat), radius);
    }

    /**
     * The smallest longitude/latitude box holding the circle, for an index pre-filter. Where the circle reaches a pole
     * or crosses the antimeridian, the box spans all longitudes.
     */
    BoundingBox boundingBox() {
        return BoundingBox.around(centre.lat(), centre.lon(), radiusKm);
    }
}
