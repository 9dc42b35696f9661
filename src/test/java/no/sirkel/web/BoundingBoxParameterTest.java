package no.sirkel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import no.sirkel.geo.BoundingBox;

class BoundingBoxParameterTest {

    @Test
    void parsesABoundingBoxInGeoJsonOrder() {
        assertThat(BoundingBoxParameter.parse("9.8,63.2,10.6,63.5")).contains(new BoundingBox(9.8, 63.2, 10.6, 63.5));
        assertThat(BoundingBoxParameter.parse(null)).isEmpty();
        assertThat(BoundingBoxParameter.parse(" ")).isEmpty();
    }

    @Test
    void refusesMalformedBoundingBoxesNamingBbox() {
        for (String bad : List.of("1,2,3", "a,63,10,64", "10,63,9,64", "10,63,11,62", "10,-91,11,62", "NaN,1,2,3")) {
            try {
                BoundingBoxParameter.parse(bad);
                throw new AssertionError("accepted " + bad);
            } catch (ApiException refused) {
                assertThat(refused.status().value()).isEqualTo(400);
                assertThat(refused.errors()).extracting(ApiException.FieldError::field).containsExactly("bbox");
            }
        }
    }
}
