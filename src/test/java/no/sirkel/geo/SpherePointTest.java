package no.sirkel.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import no.sirkel.optimizer.rules.GreatCircle;
import org.junit.jupiter.api.Test;

class SpherePointTest {

    private static double chord(SpherePoint a, SpherePoint b) {
        return Math.sqrt(Math.pow(a.x() - b.x(), 2) + Math.pow(a.y() - b.y(), 2) + Math.pow(a.z() - b.z(), 2));
    }

    @Test
    void pointsLieOnTheUnitSphereWithTheAxesAsDocumented() {
        assertThat(SpherePoint.of(0, 0)).isEqualTo(new SpherePoint(1, 0, 0));
        SpherePoint east = SpherePoint.of(0, 90);
        assertThat(east.y()).isCloseTo(1, within(1e-12));
        assertThat(SpherePoint.of(90, 10).z()).isCloseTo(1, within(1e-12));
        SpherePoint trondheim = SpherePoint.of(63.43, 10.40);
        assertThat(chord(trondheim, new SpherePoint(0, 0, 0))).isCloseTo(1, within(1e-12));
    }

    @Test
    void chordOfTwoPointsIsTheChordForTheirGreatCircleDistance() {
        Random random = new Random(3);
        for (int i = 0; i < 1000; i++) {
            double lat1 = random.nextDouble(-89, 89);
            double lon1 = random.nextDouble(-180, 180);
            double lat2 = random.nextDouble(-89, 89);
            double lon2 = random.nextDouble(-180, 180);
            double km = GreatCircle.km(lat1, lon1, lat2, lon2);
            assertThat(chord(SpherePoint.of(lat1, lon1), SpherePoint.of(lat2, lon2)))
                    .isCloseTo(SpherePoint.chordFor(km), within(1e-9));
        }
    }

    @Test
    void chordGrowsWithDistanceUpToTheAntipode() {
        assertThat(SpherePoint.chordFor(0)).isZero();
        assertThat(SpherePoint.chordFor(10)).isLessThan(SpherePoint.chordFor(10.001));
        assertThat(SpherePoint.chordFor(Math.PI * GreatCircle.EARTH_RADIUS_KM)).isCloseTo(2, within(1e-12));
        assertThat(SpherePoint.chordFor(1e6)).isCloseTo(2, within(1e-12));
    }
}
