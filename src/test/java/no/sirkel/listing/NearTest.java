package no.sirkel.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import no.sirkel.geo.BoundingBox;
import no.sirkel.geo.GeoPoint;
import no.sirkel.optimizer.rules.GreatCircle;
import no.sirkel.web.ApiException;

class NearTest {

    private static final double KM_PER_DEGREE = GreatCircle.EARTH_RADIUS_KM * Math.PI / 180;

    @Test
    void readsLatitudeFirst() {
        Near near = Near.parse("63.43, 10.39", "12.5");
        assertThat(near.centre()).isEqualTo(new GeoPoint(10.39, 63.43));
        assertThat(near.radiusKm()).isEqualTo(12.5);
        assertThat(Near.parse(null, " ")).isNull();
    }

    @Test
    void refusesMalformedParametersNamingThem() {
        assertRefused("63.4", "5", "near");
        assertRefused("91,10", "5", "near");
        assertRefused("63,181", "5", "near");
        assertRefused("63,10", null, "radiusKm");
        assertRefused(null, "5", "near");
        assertRefused("63,10", "0", "radiusKm");
        assertRefused("63,10", "NaN", "radiusKm");
        assertRefused("63,10", "2001", "radiusKm");
    }

    private static void assertRefused(String near, String radius, String parameter) {
        assertThatThrownBy(() -> Near.parse(near, radius))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.errors().get(0).field()).isEqualTo(parameter);
                });
    }

    @Test
    void boxReachesTheRadiusNorthSouthAndAtTheWidestLatitude() {
        Near near = Near.parse("63.43,10.39", "10");
        BoundingBox box = near.boundingBox();
        assertThat(box.maxLat() - 63.43).isCloseTo(10 / KM_PER_DEGREE, within(1e-9));
        assertThat(63.43 - box.minLat()).isCloseTo(10 / KM_PER_DEGREE, within(1e-9));
        // A point due east at 10 km along the parallel lies inside; the circle is widest slightly poleward of it.
        double eastAlongParallel = 10 / (KM_PER_DEGREE * Math.cos(Math.toRadians(63.43)));
        assertThat(box.maxLon() - 10.39).isGreaterThanOrEqualTo(eastAlongParallel - 1e-9)
                .isLessThan(eastAlongParallel * 1.001);
    }

    @Test
    void boxSpansAllLongitudesAtAPoleOrAcrossTheAntimeridian() {
        BoundingBox polar = Near.parse("89.95,10", "20").boundingBox();
        assertThat(polar.minLon()).isEqualTo(-180);
        assertThat(polar.maxLon()).isEqualTo(180);
        assertThat(polar.maxLat()).isEqualTo(90);
        BoundingBox dateLine = Near.parse("-17.7,179.99", "5").boundingBox();
        assertThat(dateLine.minLon()).isEqualTo(-180);
        assertThat(dateLine.maxLon()).isEqualTo(180);
        assertThat(dateLine.minLat()).isLessThan(-17.7);
    }
}
