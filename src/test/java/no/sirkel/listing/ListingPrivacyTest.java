package no.sirkel.listing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import no.sirkel.geo.GeoPoint;

class ListingPrivacyTest {

    @Test
    void snapsToTheNearestPointOfAGridOfOneHundredthDegreeLatitudeAndTwoHundredthsLongitude() {
        assertThat(ListingPrivacy.coarse(new GeoPoint(10.3937, 63.4312))).isEqualTo(new GeoPoint(10.4, 63.43));
        assertThat(ListingPrivacy.coarse(new GeoPoint(10.3899, 63.4349))).isEqualTo(new GeoPoint(10.38, 63.43));
        assertThat(ListingPrivacy.coarse(new GeoPoint(-0.011, -0.006))).isEqualTo(new GeoPoint(-0.02, -0.01));
    }

    @Test
    void roundsHalvesUpSoThatEveryPositionHasOneGridPoint() {
        assertThat(ListingPrivacy.coarse(new GeoPoint(10.01, 63.425))).isEqualTo(new GeoPoint(10.02, 63.43));
    }

    @Test
    void movesAPositionAtMostHalfACell() {
        GeoPoint exact = new GeoPoint(10.40987, 63.41503);
        GeoPoint coarse = ListingPrivacy.coarse(exact);
        assertThat(Math.abs(coarse.lat() - exact.lat())).isLessThanOrEqualTo(0.005);
        assertThat(Math.abs(coarse.lon() - exact.lon())).isLessThanOrEqualTo(0.01);
    }
}
