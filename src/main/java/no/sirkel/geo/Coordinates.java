package no.sirkel.geo;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Reads positions written in any supported {@link Crs} into WGS84 and shows stored positions in the CRS a reader
 * asks for. A position outside the {@link ServiceRegion} is refused, with a hint where the two numbers swapped would
 * lie inside.
 */
@Component
public class Coordinates {

    private final ServiceRegion region;

    Coordinates(ServiceRegion region) {
        this.region = region;
    }

    /**
     * Validates a GeoJSON Point written in {@code crs}.
     *
     * @param field  the point's JSON path in the request; problems are recorded at {@code field},
     *               {@code field.type} or {@code field.coordinates}
     * @param errors where problems are recorded
     * @return the WGS84 position, or null where it is missing or refused (and the problem is recorded)
     */
    public GeoPoint read(GeoJsonPoint json, Crs crs, String field, Problems errors) {
        if (json == null) {
            errors.add(field, "field.required");
            return null;
        }
        if (!"Point".equals(json.type())) {
            errors.add(field + ".type", "field.point.type");
        }
        List<Double> values = json.coordinates();
        if (values == null || values.size() < 2 || values.size() > 3
                || values.stream().anyMatch(value -> value == null || !Double.isFinite(value))) {
            errors.add(field + ".coordinates", "field.point.coordinates." + axes(crs));
            return null;
        }
        GeoPoint point = read(values.get(0), values.get(1), crs, field + ".coordinates", errors);
        return "Point".equals(json.type()) ? point : null;
    }

    /**
     * Validates a position given as two numbers in {@code crs}'s axis order.
     *
     * @param field where problems are recorded
     * @return the WGS84 position, or null where it is refused (and the problem is recorded)
     */
    public GeoPoint read(double first, double second, Crs crs, String field, Problems errors) {
        double[] lonLat = crs.toLonLat(first, second);
        double lon = lonLat[0];
        double lat = lonLat[1];
        if (!Double.isFinite(lon) || !Double.isFinite(lat)
                || !GeoPoint.validLongitude(lon) || !GeoPoint.validLatitude(lat)) {
            errors.add(field, "field.point.notAPosition." + axes(crs), crs.uri());
            return null;
        }
        if (region.contains(lon, lat)) {
            return new GeoPoint(lon, lat);
        }
        double[] swapped = crs.toLonLat(second, first);
        String message = region.contains(swapped[0], swapped[1])
                ? "field.point.outsideRegionSwapped." + axes(crs) : "field.point.outsideRegion";
        errors.add(field, message, range(region.box().minLon(), region.box().maxLon()),
                range(region.box().minLat(), region.box().maxLat()), String.format(Locale.ROOT, "%.5f", lon),
                String.format(Locale.ROOT, "%.5f", lat));
        return null;
    }

    /**
     * Where {@link #read} records a problem: the field, a key of the problem catalogue and the pattern's arguments.
     */
    @FunctionalInterface
    public interface Problems {

        void add(String field, String message, Object... arguments);
    }

    /** The WGS84 position as a GeoJSON-shaped Point in {@code crs}'s axis order. */
    public static GeoJsonPoint show(GeoJsonPoint wgs84, Crs crs) {
        if (crs == Crs.CRS84) {
            return wgs84;
        }
        double[] position = crs.fromLonLat(wgs84.coordinates().get(0), wgs84.coordinates().get(1));
        return new GeoJsonPoint("Point", List.of(position[0], position[1]));
    }

    /** The axes of the CRS, as the problem catalogue's keys name them. */
    private static String axes(Crs crs) {
        return switch (crs) {
            case CRS84 -> "lonLat";
            case EPSG_4326 -> "latLon";
            case EPSG_25832, EPSG_25833 -> "eastingNorthing";
        };
    }

    private static String range(double min, double max) {
        return String.format(Locale.ROOT, "%s..%s", strip(min), strip(max));
    }

    private static String strip(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
