package no.sirkel.geo;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.MediaType;

/**
 * A GeoJSON FeatureCollection (RFC 7946), the answer to list calls asked for {@code Accept: application/geo+json}.
 *
 * @param type     always {@code FeatureCollection}
 * @param features the features
 * @param next     the paging cursor for the next page, or null on the last page (a foreign member, as RFC 7946
 *                 §6.1 allows)
 */
public record FeatureCollection(@Schema(description = "Always FeatureCollection") String type,
                                @Schema(description = "The page's features") List<Feature> features,
                                @Schema(description = "The cursor of the next page (pass it back as cursor); null on "
                                        + "the last page")
                                String next) {

    public static final String MEDIA_TYPE_VALUE = "application/geo+json";
    public static final MediaType MEDIA_TYPE = MediaType.parseMediaType(MEDIA_TYPE_VALUE);

    public FeatureCollection(List<Feature> features, String next) {
        this("FeatureCollection", List.copyOf(features), next);
    }

    /**
     * One GeoJSON Feature.
     *
     * @param type       always {@code Feature}
     * @param id         the identifier of the thing the feature shows
     * @param geometry   its geometry, a GeoJSON geometry object such as {@link GeoJsonPoint}
     * @param properties its other fields
     */
    public record Feature(@Schema(description = "Always Feature") String type,
                          @Schema(description = "The item's id") Object id,
                          @Schema(description = "A GeoJSON geometry in WGS84 (longitude, latitude)") Object geometry,
                          @Schema(description = "The item's fields") Object properties) {

        public Feature(Object id, Object geometry, Object properties) {
            this("Feature", id, geometry, properties);
        }
    }
}
