package no.sirkel.geo;

import java.util.Arrays;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The area the service serves, a WGS84 longitude/latitude box: positions written outside it are refused, which
 * catches swapped longitude and latitude (Trondheim as 63.4 E, 10.4 N lands in the Arabian Sea). Set with
 * {@code sirkel.region.bbox=minLon,minLat,maxLon,maxLat}; by default mainland Norway, {@value #NORWAY}.
 */
@Component
public class ServiceRegion {

    /** Mainland Norway with a margin: Utvær (4.6 E) to Vardø (31.1 E), Lindesnes (58.0 N) to Knivskjellodden (71.2 N). */
    public static final String NORWAY = "4.0,57.5,31.5,71.5";

    private final BoundingBox box;

    ServiceRegion(@Value("${sirkel.region.bbox:}") String bbox) {
        this.box = box(bbox.isBlank() ? NORWAY : bbox);
    }

    /** The setting's box; a malformed setting stops the start-up, naming it. */
    private static BoundingBox box(String setting) {
        try {
            double[] values = Arrays.stream(setting.split(",", -1)).map(String::trim)
                    .mapToDouble(Double::parseDouble).toArray();
            if (values.length == 4) {
                return new BoundingBox(values[0], values[1], values[2], values[3]);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException("sirkel.region.bbox must be minLon,minLat,maxLon,maxLat in WGS84 degrees,"
                + " not " + setting);
    }

    public boolean contains(double lon, double lat) {
        return box.contains(lat, lon);
    }

    public BoundingBox box() {
        return box;
    }
}
