package no.sirkel.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import no.sirkel.web.ApiException;
import no.sirkel.web.FieldErrors;

class GeoPointTest {

    @Test
    void readsAGeoJsonPointLongitudeFirst() {
        FieldErrors errors = new FieldErrors();
        GeoPoint point = GeoPoint.read(new GeoJsonPoint("Point", List.of(10.39333, 63.42972)), "location", errors);
        assertThat(errors.isEmpty()).isTrue();
        assertThat(point).isEqualTo(new GeoPoint(10.39333, 63.42972));
    }

    @Test
    void rendersAsGeoJsonLongitudeFirst() {
        assertThat(new GeoPoint(9.85, 63.31).toGeoJson()).isEqualTo(new GeoJsonPoint("Point", List.of(9.85, 63.31)));
    }

    @Test
    void namesTheCoordinatesWhenLatitudeIsOutOfRange() {
        assertThat(fieldsOf(new GeoJsonPoint("Point", List.of(10.4, 93.0)))).containsExactly("site.location.coordinates");
    }

    @Test
    void namesTheCoordinatesWhenLongitudeIsOutOfRange() {
        assertThat(fieldsOf(new GeoJsonPoint("Point", List.of(190.0, 63.0)))).containsExactly("site.location.coordinates");
    }

    @Test
    void refusesTooFewOrMissingCoordinates() {
        assertThat(fieldsOf(new GeoJsonPoint("Point", List.of(10.4)))).containsExactly("site.location.coordinates");
        assertThat(fieldsOf(new GeoJsonPoint("Point", null))).containsExactly("site.location.coordinates");
        assertThat(fieldsOf(new GeoJsonPoint("Point", Arrays.asList(10.4, null)))).containsExactly("site.location.coordinates");
    }

    @Test
    void refusesOtherGeometryTypes() {
        assertThat(fieldsOf(new GeoJsonPoint("LineString", List.of(10.4, 63.4)))).containsExactly("site.location.type");
    }

    @Test
    void requiresThePoint() {
        assertThat(fieldsOf(null)).containsExactly("site.location");
    }

    @Test
    void parsesABoundingBoxInGeoJsonOrder() {
        assertThat(BoundingBox.parse("9.8,63.2,10.6,63.5")).contains(new BoundingBox(9.8, 63.2, 10.6, 63.5));
        assertThat(BoundingBox.parse(null)).isEmpty();
        assertThat(BoundingBox.parse(" ")).isEmpty();
    }

    @Test
    void refusesMalformedBoundingBoxesNamingBbox() {
        for (String bad : List.of("1,2,3", "a,63,10,64", "10,63,9,64", "10,63,11,62", "10,-91,11,62", "NaN,1,2,3")) {
            try {
                BoundingBox.parse(bad);
                throw new AssertionError("accepted " + bad);
            } catch (ApiException refused) {
                assertThat(refused.status().value()).isEqualTo(400);
                assertThat(refused.errors()).extracting(ApiException.FieldError::field).containsExactly("bbox");
            }
        }
    }

    private static List<String> fieldsOf(GeoJsonPoint json) {
        FieldErrors errors = new FieldErrors();
        assertThat(GeoPoint.read(json, "site.location", errors)).isNull();
        try {
            errors.throwIfAny();
            throw new AssertionError("no error recorded");
        } catch (ApiException refused) {
            return refused.errors().stream().map(ApiException.FieldError::field).toList();
        }
    }
}
