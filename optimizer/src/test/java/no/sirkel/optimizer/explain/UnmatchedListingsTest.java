package no.sirkel.optimizer.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import no.sirkel.optimizer.explain.UnmatchedListings.Reason;
import no.sirkel.optimizer.explain.UnmatchedListings.Unmatched;
import no.sirkel.optimizer.explain.UnmatchedListings.OutletReason;
import no.sirkel.optimizer.plan.Plan;
import no.sirkel.optimizer.problem.Demand;
import no.sirkel.optimizer.problem.DisposalSite;
import no.sirkel.optimizer.problem.Horizon;
import no.sirkel.optimizer.problem.HubProcess;
import no.sirkel.optimizer.problem.Parameters;
import no.sirkel.optimizer.problem.PeriodLength;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.StorageHub;
import no.sirkel.optimizer.problem.Supply;

class UnmatchedListingsTest {

    private static final double LAT = 63.43;
    private static final double LON = 10.39;
    /** Latitude degrees for about 10 road km at road factor 1.3. */
    private static final double TEN_ROAD_KM = 10 / 1.3 / 111.2;

    private static Supply clay(String id, double latOffset, Integer contaminationClass, String from, String to) {
        return new Supply(id, LAT + latOffset, LON, "CLAY", contaminationClass, 100, date(from), date(to));
    }

    private static Demand fill(String id, List<String> accepts, Integer maxClass, String from, String to,
                               Double maxHaulKm) {
        return new Demand(id, LAT, LON, accepts, maxClass, 100, date(from), date(to), maxHaulKm);
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static List<Unmatched> explain(List<Supply> supplies, List<Demand> demands, Map<String, Double> matched) {
        Problem problem = new Problem("why", Parameters.defaults(), supplies, demands, List.of(), List.of(), List.of());
        return UnmatchedListings.explain(problem, matched);
    }

    @Test
    void aMaterialNobodyTakesHasNoCompatibleCounterpart() {
        List<Unmatched> unmatched = explain(List.of(clay("S", 0, 1, null, null)),
                List.of(fill("D", List.of("SAND"), null, null, null, null)), Map.of());
        assertThat(unmatched.get(0).reason()).isEqualTo(Reason.NO_COMPATIBLE_COUNTERPART);
    }

    @Test
    void tooContaminatedForEveryTakerHasNoCompatibleCounterpart() {
        List<Unmatched> unmatched = explain(List.of(clay("S", 0, 4, null, null)),
                List.of(fill("D", List.of("CLAY"), 2, null, null, null)), Map.of());
        assertThat(unmatched.get(0).reason()).isEqualTo(Reason.NO_COMPATIBLE_COUNTERPART);
    }

    @Test
    void aTakerBeyondTheHaulLimitIsOutOfReach() {
        List<Unmatched> unmatched = explain(List.of(clay("S", 3 * TEN_ROAD_KM, 1, null, null)),
                List.of(fill("D", List.of("CLAY"), null, null, null, 20.0)), Map.of());
        assertThat(unmatched.get(0).reason()).isEqualTo(Reason.NO_COUNTERPART_IN_REACH);
        assertThat(unmatched.get(1).reason()).as("and so it is for the demand").isEqualTo(Reason.NO_COUNTERPART_IN_REACH);
    }

    @Test
    void aTakerInReachButAtAnotherTimeIsAWindowMismatch() {
        List<Unmatched> unmatched = explain(List.of(clay("S", TEN_ROAD_KM, 1, "2027-01-01", "2027-03-31")),
                List.of(fill("D", List.of("CLAY"), null, "2027-06-01", "2027-08-31", 20.0)), Map.of());
        assertThat(unmatched.get(0).reason()).isEqualTo(Reason.WINDOW_MISMATCH);
    }

    @Test
    void anEligibleTakerWithRoomMeansItWasNotWorthIt() {
        List<Unmatched> unmatched = explain(List.of(clay("S", TEN_ROAD_KM, 1, null, null)),
                List.of(fill("D", List.of("CLAY"), null, null, null, null)), Map.of());
        assertThat(unmatched).extracting(Unmatched::reason).containsExactly(Reason.NOT_WORTH_IT, Reason.NOT_WORTH_IT);
    }

    @Test
    void eligibleTakersAlreadyFilledByOthersAreTaken() {
        List<Unmatched> unmatched = explain(
                List.of(clay("S1", TEN_ROAD_KM, 1, null, null), clay("S2", TEN_ROAD_KM, 1, null, null)),
                List.of(fill("D", List.of("CLAY"), null, null, null, null)),
                Map.of("S1", 100.0, "D", 100.0));
        assertThat(unmatched).hasSize(1);
        assertThat(unmatched.get(0).id()).isEqualTo("S2");
        assertThat(unmatched.get(0).reason()).isEqualTo(Reason.COUNTERPARTS_TAKEN);
    }

    @Test
    void aPartlyMatchedListingReportsItsRemainder() {
        List<Unmatched> unmatched = explain(List.of(clay("S", TEN_ROAD_KM, 1, null, null)),
                List.of(fill("D", List.of("CLAY"), null, null, null, null)), Map.of("S", 60.0, "D", 60.0));
        assertThat(unmatched).extracting(Unmatched::unmatchedTonnes).containsExactly(40.0, 40.0);
    }

    @Test
    void overTimeAWindowMismatchNoHubBridgesHasNoStorageBetweenWindows() {
        List<Unmatched> unmatched = UnmatchedListings.explain(timed(List.of()), Map.of());
        assertThat(unmatched).extracting(Unmatched::reason)
                .containsExactly(Reason.NO_STORAGE_BETWEEN_WINDOWS, Reason.NO_STORAGE_BETWEEN_WINDOWS);
    }

    @Test
    void overTimeAHubInReachThatCrushesTheRockBridgesTheWindows() {
        StorageHub crusher = new StorageHub("H", LAT + TEN_ROAD_KM / 2, LON, List.of("BLASTED_ROCK"), 2, 10_000, 40,
                null, List.of(new HubProcess("BLASTED_ROCK", "CRUSHED_ROCK", 35)), List.of());
        List<Unmatched> unmatched = UnmatchedListings.explain(timed(List.of(crusher)), Map.of());
        assertThat(unmatched).extracting(Unmatched::reason).containsExactly(Reason.NOT_WORTH_IT, Reason.NOT_WORTH_IT);
    }

    @Test
    void penaltyTonnesSayWhetherNoLandfillTakesThemOrItsCapacityIsUsed() {
        Problem problem = new Problem("outlets", Parameters.defaults(), List.of(clay("S", 0, 1, null, null)),
                List.of(fill("D", List.of("SAND"), null, null, null, null)),
                List.of(new DisposalSite("L", LAT, LON, List.of("SAND"), null, 300)), List.of(), List.of());
        Plan plan = new Plan("outlets", List.of(), List.of(new Plan.Disposal("S", null, 100, null, null, 6L, null)),
                List.of(new Plan.VirginDelivery("D", null, 100, null, null, 6L, null)),
                new Plan.Totals(2e7, 0, 0, 0, 0, 2e7, 0, 0, 12, 0, 0), new Plan.Baseline(2e7, 0, 0, 12), null, 0,
                null, "", 0);

        List<Unmatched> unmatched = UnmatchedListings.explain(problem, plan);

        assertThat(unmatched).extracting(Unmatched::penaltyTonnes).containsExactly(100.0, 100.0);
        assertThat(unmatched).extracting(Unmatched::outletReason)
                .containsExactly(OutletReason.NO_LANDFILL, OutletReason.NO_QUARRY);
    }

    /**
     * Blasted rock released in January to March, 10 road km from a demand for crushed rock in June to August, over
     * the months of 2027 with the hubs given.
     */
    private static Problem timed(List<StorageHub> hubs) {
        Parameters defaults = Parameters.defaults();
        Parameters monthly = new Parameters(defaults.objective(), defaults.costPerTonneKm(), defaults.co2KgPerTonneKm(),
                defaults.fixedCostPerRoute(), defaults.roadFactor(), 50.0, defaults.truckPayloadTonnes(),
                defaults.unplacedPenaltyPerTonne(), defaults.unmetPenaltyPerTonne(),
                new Horizon(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)), PeriodLength.MONTH);
        Supply rock = new Supply("S", LAT + TEN_ROAD_KM, LON, "BLASTED_ROCK", 1, 100, date("2027-01-01"),
                date("2027-03-31"));
        Demand base = fill("D", List.of("CRUSHED_ROCK", "BLASTED_ROCK"), 1, "2027-06-01", "2027-08-31", 20.0);
        return new Problem("over time", monthly, List.of(rock), List.of(base), List.of(), List.of(), List.of(), hubs);
    }
}
