package no.sirkel.geo;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * The coordinate reference systems the service reads and writes, named as OGC API Features Part 2 names them
 * ({@code http://www.opengis.net/def/crs/...}). Positions are stored in WGS84; these convert to and from it with
 * proj4j and its EPSG database. EUREF89 (ETRS89) and WGS84 are treated as the same datum, as Kartverket does for
 * everything short of survey accuracy (they differ by well under a metre in Norway).
 *
 * <p>Axis order follows each CRS's definition: CRS84 is longitude, latitude (the GeoJSON order, and the default);
 * EPSG:4326 is latitude, longitude; the UTM zones are easting, northing in metres.
 */
public enum Crs {
    /** WGS84 longitude, latitude in degrees: the default of GeoJSON and OGC API Features. */
    CRS84("http://www.opengis.net/def/crs/OGC/1.3/CRS84", "EPSG:4326", false),
    /** WGS84 with the EPSG axis order: latitude, longitude in degrees. */
    EPSG_4326("http://www.opengis.net/def/crs/EPSG/0/4326", "EPSG:4326", true),
    /** EUREF89 UTM zone 32N: easting, northing in metres (southern and central Norway). */
    EPSG_25832("http://www.opengis.net/def/crs/EPSG/0/25832", "EPSG:25832", false),
    /** EUREF89 UTM zone 33N: easting, northing in metres (northern Norway, Kartverket's national maps). */
    EPSG_25833("http://www.opengis.net/def/crs/EPSG/0/25833", "EPSG:25833", false);

    /** The header naming the CRS of a request's or an answer's coordinates (OGC API Features Part 2). */
    public static final String HEADER = "Content-Crs";

    private final String uri;
    private final String epsgName;
    private final boolean latitudeFirst;
    private final CoordinateReferenceSystem proj;

    Crs(String uri, String epsgName, boolean latitudeFirst) {
        this.uri = uri;
        this.epsgName = epsgName;
        this.latitudeFirst = latitudeFirst;
        this.proj = Proj.FACTORY.createFromName(epsgName);
    }

    /** The OGC URI, e.g. {@code http://www.opengis.net/def/crs/EPSG/0/25832}. */
    public String uri() {
        return uri;
    }

    /** The value of a {@code Content-Crs} header naming it: the URI in angle brackets. */
    public String header() {
        return "<" + uri + ">";
    }

    /** Whether coordinates are in degrees (WGS84) rather than metres (UTM). */
    public boolean geographic() {
        return this == CRS84 || this == EPSG_4326;
    }

    /** Every URI, the default first, as a collection's {@code crs} list gives them. */
    public static List<String> uris() {
        return Arrays.stream(values()).map(Crs::uri).toList();
    }

    /**
     * Reads a CRS as clients name it: the OGC URI (with or without angle brackets, as in a {@code Content-Crs}
     * header) or {@code EPSG:NNNNN}. {@code EPSG:4326} is taken in its own axis order (latitude first).
     */
    public static Optional<Crs> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String trimmed = name.trim();
        if (trimmed.startsWith("<") && trimmed.endsWith(">")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1).trim();
        }
        String candidate = trimmed;
        return Arrays.stream(values())
                .filter(crs -> crs.uri.equals(candidate) || crs != CRS84
                        && crs.epsgName.equals(candidate.toUpperCase(Locale.ROOT)))
                .findFirst();
    }

    /**
     * Converts a position given in this CRS, in its axis order, to WGS84.
     *
     * @param first  the first coordinate (longitude for CRS84, latitude for EPSG:4326, easting in metres for UTM)
     * @param second the second coordinate
     * @return longitude and latitude in degrees, unchecked (a UTM position far outside its zone can come out odd)
     */
    public double[] toLonLat(double first, double second) {
        if (geographic()) {
            return latitudeFirst ? new double[] {second, first} : new double[] {first, second};
        }
        ProjCoordinate out = new ProjCoordinate();
        Proj.TRANSFORMS.createTransform(proj, Proj.WGS84).transform(new ProjCoordinate(first, second), out);
        return new double[] {out.x, out.y};
    }

    /** The WGS84 position in this CRS, in its axis order (for UTM: easting, northing in metres). */
    public double[] fromLonLat(double lon, double lat) {
        if (geographic()) {
            return latitudeFirst ? new double[] {lat, lon} : new double[] {lon, lat};
        }
        ProjCoordinate out = new ProjCoordinate();
        Proj.TRANSFORMS.createTransform(Proj.WGS84, proj).transform(new ProjCoordinate(lon, lat), out);
        return new double[] {out.x, out.y};
    }

    /** proj4j's factories, apart so that the constants can use them; transforms are made per call (not thread-safe). */
    private static final class Proj {
        static final CRSFactory FACTORY = new CRSFactory();
        static final CoordinateTransformFactory TRANSFORMS = new CoordinateTransformFactory();
        static final CoordinateReferenceSystem WGS84 = FACTORY.createFromName("EPSG:4326");
    }
}
