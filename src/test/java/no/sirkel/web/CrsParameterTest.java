package no.sirkel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import no.sirkel.geo.Crs;

class CrsParameterTest {

    @Test
    void anAbsentCrsIsCrs84() {
        assertThat(CrsParameter.parse(null, "crs")).isEqualTo(Crs.CRS84);
        assertThat(CrsParameter.parse(" ", "crs")).isEqualTo(Crs.CRS84);
    }

    @Test
    void readsANamedCrs() {
        assertThat(CrsParameter.parse("<http://www.opengis.net/def/crs/EPSG/0/25833>", Crs.HEADER))
                .isEqualTo(Crs.EPSG_25833);
    }

    @Test
    void anUnsupportedCrsIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> CrsParameter.parse("EPSG:3857", "bbox-crs"))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("bbox-crs"));
    }
}
