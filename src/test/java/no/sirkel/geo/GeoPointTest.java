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
        GeoPoint point = GeoPoint.read(new GeoJsonPoint("Point", List.of(10.39333, 63.42972)), "location", errors::add);
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

    private static List<String> fieldsOf(GeoJsonPoint json) {
        FieldErrors errors = new FieldErrors();
        assertThat(GeoPoint.read(json, "site.location", errors::add)).isNull();
        try {
            errors.throwIfAny();
            throw new AssertionError("no error recorded");
        } catch (ApiException refused) {
            return refused.errors().stream().map(ApiException.FieldError::field).toList();
        }
    }
}
