package no.sirkel.listing;

import java.util.UUID;
import java.util.function.UnaryOperator;

import no.sirkel.geo.GeoJsonPoint;
import no.sirkel.geo.GeoPoint;
import no.sirkel.security.Caller;
import no.sirkel.security.Role;

/**
 * What the broker keeps confidential, the one place that decides it for every read of a listing (search, GeoJSON,
 * single reads, candidates, proposals, and any other feature that shows listings). A member sees another company's
 * listing without anything that names the company: no company id, no site id or site name, and its location snapped
 * to a grid of 0.01 degree latitude by 0.02 degree longitude (WGS84), about 1.1 km by 1.0 km at Trondheim (63.4 N;
 * 1.2 by 1.2 km at 58 N, 1.1 by 0.7 km at 71 N). The snapping is deterministic, so reading again reveals nothing
 * more. Its own company's listings, and everything for planners and admins, are shown exact and complete.
 */
public final class ListingPrivacy {

    /** Grid step in latitude, degrees. */
    static final double LAT_STEP = 0.01;
    /** Grid step in longitude, degrees. */
    static final double LON_STEP = 0.02;

    private ListingPrivacy() {
    }

    /** Whether the caller sees the owner's listings in full: planners, admins and the owner's own members. */
    public static boolean seesInFull(Caller caller, UUID ownerCompanyId) {
        return caller.role() != Role.MEMBER || caller.isMemberOf(ownerCompanyId);
    }

    /**
     * The listing as the caller may see it: {@code listing} itself where {@link #seesInFull}, else
     * {@code anonymised} applied to it (which must drop the company and site and {@link #coarse} the location).
     */
    public static <T> T shown(Caller caller, UUID ownerCompanyId, T listing, UnaryOperator<T> anonymised) {
        return seesInFull(caller, ownerCompanyId) ? listing : anonymised.apply(listing);
    }

    /** The position snapped to the nearest point of the grid, WGS84 degrees (halves round up). */
    public static GeoPoint coarse(GeoPoint exact) {
        return new GeoPoint(snap(exact.lon(), LON_STEP), snap(exact.lat(), LAT_STEP));
    }

    /** {@link #coarse(GeoPoint)} of a GeoJSON Point. */
    public static GeoJsonPoint coarse(GeoJsonPoint exact) {
        return coarse(exact.position()).toGeoJson();
    }

    /** {@link #coarse} of a longitude column in SQL, computed as in Java (PostgreSQL float8 is IEEE double too). */
    static String coarseLonSql(String column) {
        return snapSql(column, LON_STEP);
    }

    /** {@link #coarse} of a latitude column in SQL. */
    static String coarseLatSql(String column) {
        return snapSql(column, LAT_STEP);
    }

    private static String snapSql(String column, double step) {
        long cellsPerDegree = Math.round(1 / step);
        return "(floor(" + column + " * " + cellsPerDegree + ".0 + 0.5) / " + cellsPerDegree + ".0)";
    }

    /** The nearest multiple of {@code step}, divided rather than multiplied so that it prints short (10.36). */
    private static double snap(double degrees, double step) {
        double cellsPerDegree = Math.rint(1 / step);
        return Math.floor(degrees * cellsPerDegree + 0.5) / cellsPerDegree;
    }
}
