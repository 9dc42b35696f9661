package no.sirkel.listing.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import no.sirkel.optimizer.rules.GreatCircle;

class CandidateRulesTest {

    private static final double TRONDHEIM_LAT = 63.42972;
    private static final double TRONDHEIM_LON = 10.39333;
    private static final double MELHUS_LAT = 63.2870;
    private static final double MELHUS_LON = 10.2754;

    private final CandidateRules rules = CandidateRules.defaults();

    private static CandidateRules.Supply clayInTrondheim(Integer contaminationClass, LocalDate from, LocalDate to) {
        return new CandidateRules.Supply(TRONDHEIM_LAT, TRONDHEIM_LON, "CLAY", contaminationClass, from, to);
    }

    private static CandidateRules.Demand fillInMelhus(List<String> accepts, Integer maxClass, LocalDate from,
                                                       LocalDate to, Double maxHaulKm) {
        return new CandidateRules.Demand(MELHUS_LAT, MELHUS_LON, accepts, maxClass, from, to, maxHaulKm);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    // ---- distance

    @Test
    void roadKilometresAreGreatCircleKilometresTimesTheRoadFactor() {
        double greatCircle = GreatCircle.km(TRONDHEIM_LAT, TRONDHEIM_LON, MELHUS_LAT, MELHUS_LON);
        assertThat(rules.roadKm(TRONDHEIM_LAT, TRONDHEIM_LON, MELHUS_LAT, MELHUS_LON))
                .isCloseTo(greatCircle * 1.3, within(1e-12));
        CandidateRules straightRoads = new CandidateRules(1.0, 2.0, 0.09, 80.0);
        assertThat(straightRoads.roadKm(TRONDHEIM_LAT, TRONDHEIM_LON, MELHUS_LAT, MELHUS_LON))
                .isCloseTo(greatCircle, within(1e-12));
    }

    @Test
    void estimateChargesCostAndCo2PerTonneKilometre() {
        CandidateRules.Estimate estimate = rules.estimate(25.0);
        assertThat(estimate.km()).isEqualTo(25.0);
        assertThat(estimate.costPerTonne()).isCloseTo(50.0, within(1e-12));
        assertThat(estimate.co2KgPerTonne()).isCloseTo(2.25, within(1e-12));
        assertThat(new CandidateRules(1.3, 3.5, 0.1, null).estimate(10).costPerTonne()).isCloseTo(35.0, within(1e-12));
    }

    // ---- haul limits

    @Test
    void haulMustBeWithinBothTheGeneralAndTheDemandsLimit() {
        assertThat(rules.withinHaulLimits(80.0, null)).isTrue();
        assertThat(rules.withinHaulLimits(80.01, null)).isFalse();
        assertThat(rules.withinHaulLimits(40.0, 40.0)).isTrue();
        assertThat(rules.withinHaulLimits(40.01, 40.0)).isFalse();
        assertThat(new CandidateRules(1.3, 2, 0.09, null).withinHaulLimits(5000, null)).as("no limits").isTrue();
    }

    @Test
    void greatCircleBoundIsTheTighterHaulLimitOverTheRoadFactor() {
        assertThat(rules.maxGreatCircleKm(null)).isCloseTo(80 / 1.3, within(1e-12));
        assertThat(rules.maxGreatCircleKm(26.0)).isCloseTo(20.0, within(1e-12));
        assertThat(new CandidateRules(1.3, 2, 0.09, null).maxGreatCircleKm(null)).isInfinite();
    }

    // ---- pairs

    @Test
    void eligiblePairIsEstimatedOverTheRoadDistance() {
        var estimate = rules.match(clayInTrondheim(1, date("2027-03-01"), date("2027-06-30")),
                fillInMelhus(List.of("CLAY", "SILT"), 2, date("2027-05-01"), date("2027-09-30"), 40.0));
        double km = rules.roadKm(TRONDHEIM_LAT, TRONDHEIM_LON, MELHUS_LAT, MELHUS_LON);
        assertThat(estimate).contains(new CandidateRules.Estimate(km, 2.0 * km, 0.09 * km));
    }

    @Test
    void pairFailsOnAnySingleRule() {
        CandidateRules.Supply supply = clayInTrondheim(3, date("2027-03-01"), date("2027-06-30"));
        assertThat(rules.match(supply, fillInMelhus(List.of("SAND"), null, null, null, null)))
                .as("material").isEmpty();
        assertThat(rules.match(supply, fillInMelhus(List.of("CLAY"), 2, null, null, null)))
                .as("class").isEmpty();
        assertThat(rules.match(supply, fillInMelhus(List.of("CLAY"), null, date("2027-07-01"), null, null)))
                .as("window").isEmpty();
        assertThat(rules.match(supply, fillInMelhus(List.of("CLAY"), null, null, null, 20.0)))
                .as("demand's haul limit: about 22 road km").isEmpty();
        assertThat(new CandidateRules(1.3, 2, 0.09, 20.0).match(supply,
                fillInMelhus(List.of("CLAY"), null, null, null, null))).as("general haul limit").isEmpty();
        assertThat(rules.match(supply, fillInMelhus(List.of("CLAY"), null, null, null, null))).isPresent();
    }

    @Test
    void disposalSiteTakesWhatItAcceptsWithinItsClassAtGateFeePlusTransport() {
        CandidateRules.Supply supply = clayInTrondheim(3, null, null);
        var anyMaterial = new CandidateRules.Disposal(MELHUS_LAT, MELHUS_LON, null, 5, 340);
        double km = rules.roadKm(TRONDHEIM_LAT, TRONDHEIM_LON, MELHUS_LAT, MELHUS_LON);
        assertThat(rules.disposalCostPerTonne(supply, anyMaterial).getAsDouble()).isCloseTo(340 + 2 * km, within(1e-9));
        assertThat(rules.disposalCostPerTonne(supply,
                new CandidateRules.Disposal(MELHUS_LAT, MELHUS_LON, List.of("SAND"), 5, 340))).isEmpty();
        assertThat(rules.disposalCostPerTonne(supply,
                new CandidateRules.Disposal(MELHUS_LAT, MELHUS_LON, List.of("CLAY"), 2, 340))).isEmpty();
    }

    @Test
    void disposalHasNoHaulLimit() {
        CandidateRules.Supply supply = clayInTrondheim(1, null, null);
        var farAway = new CandidateRules.Disposal(59.91, 10.75, null, null, 100);
        assertThat(rules.disposalCostPerTonne(supply, farAway)).isPresent();
    }

    @Test
    void virginSourceMustSellSomethingTheDemandAcceptsAtPricePlusTransport() {
        CandidateRules.Demand demand = fillInMelhus(List.of("SAND", "GRAVEL"), null, null, null, 10.0);
        double km = rules.roadKm(TRONDHEIM_LAT, TRONDHEIM_LON, MELHUS_LAT, MELHUS_LON);
        var quarry = new CandidateRules.VirginSource(TRONDHEIM_LAT, TRONDHEIM_LON, List.of("CRUSHED_ROCK", "SAND"),
                150);
        assertThat(rules.virginCostPerTonne(quarry, demand).getAsDouble()).as("no haul limit either")
                .isCloseTo(150 + 2 * km, within(1e-9));
        assertThat(rules.virginCostPerTonne(
                new CandidateRules.VirginSource(TRONDHEIM_LAT, TRONDHEIM_LON, List.of("CRUSHED_ROCK"), 150), demand))
                .isEmpty();
    }

    @Test
    void refusesParametersOutsideTheContractsRanges() {
        assertThatThrownBy(() -> new CandidateRules(0.9, 2, 0.09, 80.0)).hasMessageContaining("roadFactor");
        assertThatThrownBy(() -> new CandidateRules(1.3, -1, 0.09, 80.0)).hasMessageContaining("costPerTonneKm");
        assertThatThrownBy(() -> new CandidateRules(1.3, 2, Double.NaN, 80.0)).hasMessageContaining("co2KgPerTonneKm");
        assertThatThrownBy(() -> new CandidateRules(1.3, 2, 0.09, 0.0)).hasMessageContaining("maxHaulKm");
    }
}
