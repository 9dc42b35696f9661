package no.sirkel.listing.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import no.sirkel.web.ApiException;

class CandidateQueryTest {

    @Test
    void absentParametersTakeTheDefaults() {
        CandidateQuery query = CandidateQuery.of(null, null, null, null, null);
        assertThat(query.limit()).isEqualTo(20);
        assertThat(query.rules().maxHaulKm()).isEqualTo(80.0);
        assertThat(query.rules().roadFactor()).isEqualTo(1.3);
        assertThat(query.rules().costPerTonneKm()).isEqualTo(2.0);
        assertThat(query.rules().co2KgPerTonneKm()).isEqualTo(0.09);
    }

    @Test
    void givenParametersAreUsed() {
        CandidateQuery query = CandidateQuery.of(200, 30.0, 1.0, 0.0, 0.1);
        assertThat(query.limit()).isEqualTo(200);
        assertThat(query.rules().maxHaulKm()).isEqualTo(30.0);
        assertThat(query.rules().roadFactor()).isEqualTo(1.0);
        assertThat(query.rules().costPerTonneKm()).isEqualTo(0.0);
    }

    @Test
    void refusesEveryParameterOutOfRangeNamingEach() {
        assertThatThrownBy(() -> CandidateQuery.of(201, 0.0, 0.5, -1.0, Double.NaN))
                .isInstanceOfSatisfying(ApiException.class, refusal -> {
                    assertThat(refusal.status().value()).isEqualTo(422);
                    assertThat(refusal.errors()).extracting(ApiException.FieldError::field)
                            .containsExactly("limit", "maxHaulKm", "roadFactor", "costPerTonneKm", "co2KgPerTonneKm");
                });
        assertThatThrownBy(() -> CandidateQuery.of(0, 501.0, null, Double.POSITIVE_INFINITY, null))
                .isInstanceOfSatisfying(ApiException.class, refusal -> assertThat(refusal.errors())
                        .extracting(ApiException.FieldError::field)
                        .containsExactly("limit", "maxHaulKm", "costPerTonneKm"));
    }
}
