package no.sirkel.geo;

import java.util.List;

import org.springframework.http.MediaType;

/**
 * A GeoJSON FeatureCollection (RFC 7946), the answer to list calls asked for {@code Accept: application/geo+json}.
 *
 * @param type     always {@code FeatureCollection}
 * @param features the features
 * @param next     the paging cursor for the next page, or null on the last page (a foreign member, as RFC 7946
 *                 §6.1 allows)
 */
public record FeatureCollection(String type, List<Feature> features, String next) {

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
    public record Feature(String type, Object id, Object geometry, Object properties) {

        public Feature(Object id, Object geometry, Object properties) {
            this("Feature", id, geometry, properties);
        }
    }
}
