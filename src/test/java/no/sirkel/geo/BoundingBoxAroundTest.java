package no.sirkel.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import no.sirkel.optimizer.rules.GreatCircle;
import org.junit.jupiter.api.Test;

class BoundingBoxAroundTest {

    /** The point {@code km} great-circle km from (lat, lon) on the initial bearing, degrees clockwise from north. */
    private static double[] destination(double lat, double lon, double km, double bearingDegrees) {
        double angle = km / GreatCircle.EARTH_RADIUS_KM;
        double phi = Math.toRadians(lat);
        double theta = Math.toRadians(bearingDegrees);
        double phi2 = Math.asin(Math.sin(phi) * Math.cos(angle) + Math.cos(phi) * Math.sin(angle) * Math.cos(theta));
        double lambda2 = Math.toRadians(lon) + Math.atan2(Math.sin(theta) * Math.sin(angle) * Math.cos(phi),
                Math.cos(angle) - Math.sin(phi) * Math.sin(phi2));
        return new double[] {Math.toDegrees(phi2), Math.toDegrees(lambda2)};
    }

    @Test
    void holdsEveryPointOnTheCircleAroundTrondheim() {
        double radius = 80 / 1.3;
        BoundingBox box = BoundingBox.around(63.43, 10.39, radius);
        for (int bearing = 0; bearing < 360; bearing++) {
            double[] edge = destination(63.43, 10.39, radius * (1 - 1e-12), bearing);
            assertThat(box.contains(edge[0], edge[1])).as("bearing %d", bearing).isTrue();
        }
    }

    @Test
    void isTightOnTheCircle() {
        double radius = 61.5;
        BoundingBox box = BoundingBox.around(63.43, 10.39, radius);
        double[] north = destination(63.43, 10.39, radius, 0);
        assertThat(box.maxLat()).isCloseTo(north[0], within(1e-9));
        // widest in longitude a little north of due east, where the circle touches its meridian tangent
        double widest = 0;
        for (double bearing = 60; bearing <= 120; bearing += 0.01) {
            widest = Math.max(widest, destination(63.43, 10.39, radius, bearing)[1]);
        }
        assertThat(box.maxLon()).isCloseTo(widest, within(1e-6));
    }

    @Test
    void aDegreeOfLongitudeAtSixtyThreeNorthIsAboutFiftyKilometres() {
        BoundingBox box = BoundingBox.around(63.0, 10.0, 50.48);
        assertThat(box.maxLon() - 10.0).isCloseTo(1.0, within(0.01));
        assertThat(box.maxLat() - 63.0).isCloseTo(50.48 / 111.195, within(0.001));
    }

    @Test
    void leavesOutPointsBeyondTheBox() {
        BoundingBox box = BoundingBox.around(63.43, 10.39, 20);
        assertThat(box.contains(63.43, 10.39)).isTrue();
        assertThat(box.contains(63.3067, 9.8502)).as("Orkanger, about 32 km").isFalse();
    }

    @Test
    void takesEveryLongitudeNearAPoleOrAcrossTheAntimeridian() {
        BoundingBox polar = BoundingBox.around(89.9, 0, 50);
        assertThat(polar.minLon()).isEqualTo(-180);
        assertThat(polar.maxLon()).isEqualTo(180);
        assertThat(polar.maxLat()).isEqualTo(90);
        BoundingBox dateLine = BoundingBox.around(0, 179.9, 50);
        assertThat(dateLine.minLon()).isEqualTo(-180);
        assertThat(dateLine.maxLon()).isEqualTo(180);
    }
}
