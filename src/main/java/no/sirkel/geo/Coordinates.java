package no.sirkel.geo;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

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
     * @param errors where problems are recorded, as (field, message)
     * @return the WGS84 position, or null where it is missing or refused (and the problem is recorded)
     */
    public GeoPoint read(GeoJsonPoint json, Crs crs, String field, BiConsumer<String, String> errors) {
        if (json == null) {
            errors.accept(field, "field.required");
            return null;
        }
        if (!"Point".equals(json.type())) {
            errors.accept(field + ".type", "field.point.type");
        }
        List<Double> values = json.coordinates();
        if (values == null || values.size() < 2 || values.size() > 3
                || values.stream().anyMatch(value -> value == null || !Double.isFinite(value))) {
            errors.accept(field + ".coordinates", "must be two numbers: " + axes(crs));
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
    public GeoPoint read(double first, double second, Crs crs, String field, BiConsumer<String, String> errors) {
        double[] lonLat = crs.toLonLat(first, second);
        double lon = lonLat[0];
        double lat = lonLat[1];
        if (!Double.isFinite(lon) || !Double.isFinite(lat)
                || !GeoPoint.validLongitude(lon) || !GeoPoint.validLatitude(lat)) {
            errors.accept(field, "is not a position in " + crs.uri() + " (" + axes(crs) + ")");
            return null;
        }
        if (region.contains(lon, lat)) {
            return new GeoPoint(lon, lat);
        }
        String message = String.format(Locale.ROOT, "lies outside the service's region (longitude %s, latitude %s;"
                        + " this is %.5f E, %.5f N)", range(region.box().minLon(), region.box().maxLon()),
                range(region.box().minLat(), region.box().maxLat()), lon, lat);
        double[] swapped = crs.toLonLat(second, first);
        if (region.contains(swapped[0], swapped[1])) {
            message += ": the two numbers look swapped, give " + axes(crs);
        }
        errors.accept(field, message);
        return null;
    }

    /** The WGS84 position as a GeoJSON-shaped Point in {@code crs}'s axis order. */
    public static GeoJsonPoint show(GeoJsonPoint wgs84, Crs crs) {
        if (crs == Crs.CRS84) {
            return wgs84;
        }
        double[] position = crs.fromLonLat(wgs84.coordinates().get(0), wgs84.coordinates().get(1));
        return new GeoJsonPoint("Point", List.of(position[0], position[1]));
    }

    private static String axes(Crs crs) {
        return switch (crs) {
            case CRS84 -> "[longitude, latitude] in degrees";
            case EPSG_4326 -> "[latitude, longitude] in degrees";
            case EPSG_25832, EPSG_25833 -> "[easting, northing] in metres";
        };
    }

    private static String range(double min, double max) {
        return String.format(Locale.ROOT, "%s..%s", strip(min), strip(max));
    }

    private static String strip(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
