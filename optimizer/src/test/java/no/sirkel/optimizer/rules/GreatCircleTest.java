package no.sirkel.optimizer.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GreatCircleTest {

    private static final double TRONDHEIM_LAT = 63.42972;
    private static final double TRONDHEIM_LON = 10.39333;
    private static final double MELHUS_LAT = 63.2870;
    private static final double MELHUS_LON = 10.2754;

    @Test
    void greatCircleDistanceUsesTheMeanEarthRadius() {
        // a quarter meridian: pi/2 × R
        assertThat(GreatCircle.km(0, 0, 90, 0)).isCloseTo(Math.PI / 2 * 6371.0088, within(1e-9));
        // one degree of longitude at 63°N is about 50 km
        assertThat(GreatCircle.km(63, 10, 63, 11)).isCloseTo(50.48, within(0.01));
    }

    @Test
    void trondheimToMelhusIsAboutSeventeenKilometresAsTheCrowFlies() {
        assertThat(GreatCircle.km(TRONDHEIM_LAT, TRONDHEIM_LON, MELHUS_LAT, MELHUS_LON))
                .isCloseTo(16.92, within(0.01));
    }
}
