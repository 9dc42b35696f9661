package no.sirkel.geo;

import no.sirkel.optimizer.rules.GreatCircle;

/**
 * A WGS84 position as a point on the unit sphere: x towards 0° E on the equator, y towards 90° E, z towards the North
 * Pole (dimensionless). The straight-line (chord) distance between two such points grows with their great-circle
 * distance, so a nearest-first walk by chord is a walk in great-circle order; the database keeps the same point for
 * each site (column {@code site.sphere_point}, migration V7) and indexes it for such walks.
 */
public record SpherePoint(double x, double y, double z) {

    public static SpherePoint of(double lat, double lon) {
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon);
        return new SpherePoint(Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi));
    }

    /**
     * The chord between two points {@code km} apart along a great circle of the Earth sphere
     * ({@link GreatCircle#EARTH_RADIUS_KM}); every point within {@code km} lies inside the cube of this half-side
     * around the centre.
     */
    public static double chordFor(double km) {
        return 2 * Math.sin(Math.min(Math.PI, km / GreatCircle.EARTH_RADIUS_KM) / 2);
    }
}
