package no.sirkel.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

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
    void greatCircleDistanceUsesTheMeanEarthRadius() {
        // a quarter meridian: pi/2 × R
        assertThat(CandidateRules.greatCircleKm(0, 0, 90, 0)).isCloseTo(Math.PI / 2 * 6371.0088, within(1e-9));
        // one degree of longitude at 63°N is about 50 km
        assertThat(CandidateRules.greatCircleKm(63, 10, 63, 11)).isCloseTo(50.48, within(0.01));
    }

    @Test
    void trondheimToMelhusIsAboutSeventeenKilometresAsTheCrowFlies() {
        assertThat(CandidateRules.greatCircleKm(TRONDHEIM_LAT, TRONDHEIM_LON, MELHUS_LAT, MELHUS_LON))
                .isCloseTo(16.92, within(0.01));
    }

    @Test
    void roadKilometresAreGreatCircleKilometresTimesTheRoadFactor() {
        double greatCircle = CandidateRules.greatCircleKm(TRONDHEIM_LAT, TRONDHEIM_LON, MELHUS_LAT, MELHUS_LON);
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

    // ---- single rules

    @Test
    void materialMustBeAmongThoseAccepted() {
        assertThat(CandidateRules.materialAccepted("CLAY", List.of("SILT", "CLAY"))).isTrue();
        assertThat(CandidateRules.materialAccepted("SAND", List.of("SILT", "CLAY"))).isFalse();
    }

    @Test
    void classMustNotExceedTheLimit() {
        assertThat(CandidateRules.classFits(2, 2)).isTrue();
        assertThat(CandidateRules.classFits(1, 3)).isTrue();
        assertThat(CandidateRules.classFits(3, 2)).isFalse();
    }

    @Test
    void aMissingClassCountsAsCleanAndAMissingLimitAsNoLimit() {
        assertThat(CandidateRules.classFits(null, 1)).isTrue();
        assertThat(CandidateRules.classFits(5, null)).isTrue();
        assertThat(CandidateRules.classFits(null, null)).isTrue();
    }

    @Test
    void windowsMustShareAtLeastADay() {
        assertThat(CandidateRules.windowsOverlap(date("2027-03-01"), date("2027-06-30"),
                date("2027-05-01"), date("2027-09-30"))).isTrue();
        assertThat(CandidateRules.windowsOverlap(date("2027-03-01"), date("2027-05-01"),
                date("2027-05-01"), date("2027-09-30"))).as("touching on one day").isTrue();
        assertThat(CandidateRules.windowsOverlap(date("2027-03-01"), date("2027-04-30"),
                date("2027-05-01"), date("2027-09-30"))).as("supply ends before demand starts").isFalse();
        assertThat(CandidateRules.windowsOverlap(date("2027-10-01"), date("2027-12-31"),
                date("2027-05-01"), date("2027-09-30"))).as("supply starts after demand ends").isFalse();
    }

    @Test
    void missingDatesAreOpenEnds() {
        assertThat(CandidateRules.windowsOverlap(null, null, null, null)).isTrue();
        assertThat(CandidateRules.windowsOverlap(date("2030-01-01"), null, null, date("2030-01-01"))).isTrue();
        assertThat(CandidateRules.windowsOverlap(date("2030-01-02"), null, null, date("2030-01-01"))).isFalse();
        assertThat(CandidateRules.windowsOverlap(null, date("2027-01-01"), date("2027-01-02"), null)).isFalse();
        assertThat(CandidateRules.windowsOverlap(null, date("2027-01-01"), date("2026-01-01"), null)).isTrue();
    }

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
