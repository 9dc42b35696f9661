package no.sirkel.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CrsTest {

    /** Trondheim centre (Torvet), as Kartverket gives it in EUREF89 UTM 32. */
    private static final double EASTING = 569532;
    private static final double NORTHING = 7034225;

    @Test
    void trondheimCentreInUtm32RoundTripsWithinACentimetre() {
        double[] lonLat = Crs.EPSG_25832.toLonLat(EASTING, NORTHING);
        assertThat(lonLat[0]).isCloseTo(10.3933, within(0.001));
        assertThat(lonLat[1]).isCloseTo(63.4297, within(0.001));
        double[] back = Crs.EPSG_25832.fromLonLat(lonLat[0], lonLat[1]);
        assertThat(back[0]).isCloseTo(EASTING, within(0.01));
        assertThat(back[1]).isCloseTo(NORTHING, within(0.01));
    }

    @Test
    void theSamePlaceInUtm33HasOtherCoordinatesAndComesBackToIt() {
        double[] lonLat = Crs.EPSG_25832.toLonLat(EASTING, NORTHING);
        double[] utm33 = Crs.EPSG_25833.fromLonLat(lonLat[0], lonLat[1]);
        assertThat(utm33[0]).isCloseTo(269_000, within(3_000.0));
        double[] again = Crs.EPSG_25833.toLonLat(utm33[0], utm33[1]);
        assertThat(again[0]).isCloseTo(lonLat[0], within(1e-8));
        assertThat(again[1]).isCloseTo(lonLat[1], within(1e-8));
    }

    @Test
    void epsg4326PutsLatitudeFirstAndCrs84LongitudeFirst() {
        assertThat(Crs.EPSG_4326.fromLonLat(10.4, 63.4)).containsExactly(63.4, 10.4);
        assertThat(Crs.CRS84.fromLonLat(10.4, 63.4)).containsExactly(10.4, 63.4);
        assertThat(Crs.EPSG_4326.toLonLat(63.4, 10.4)).containsExactly(10.4, 63.4);
    }

    @Test
    void readsUrisHeadersAndEpsgNames() {
        assertThat(Crs.parse("<http://www.opengis.net/def/crs/EPSG/0/25833>")).contains(Crs.EPSG_25833);
        assertThat(Crs.parse("http://www.opengis.net/def/crs/OGC/1.3/CRS84")).contains(Crs.CRS84);
        assertThat(Crs.parse("epsg:25832")).contains(Crs.EPSG_25832);
        assertThat(Crs.parse("EPSG:4326")).contains(Crs.EPSG_4326);
        assertThat(Crs.parse("EPSG:3857")).isEmpty();
    }
}
