package no.sirkel.optimizer.network;

import no.sirkel.optimizer.rules.GreatCircle;
import static no.sirkel.optimizer.testing.Problems.demand;
import static no.sirkel.optimizer.testing.Problems.parameters;
import static no.sirkel.optimizer.testing.Problems.problem;
import static no.sirkel.optimizer.testing.Problems.site;
import static no.sirkel.optimizer.testing.Problems.source;
import static no.sirkel.optimizer.testing.Problems.supply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import no.sirkel.optimizer.problem.Demand;
import no.sirkel.optimizer.problem.DisposalSite;
import no.sirkel.optimizer.problem.InvalidProblemException;
import no.sirkel.optimizer.problem.Objective;
import no.sirkel.optimizer.problem.Parameters;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.Route;
import no.sirkel.optimizer.problem.Supply;
import no.sirkel.optimizer.problem.VirginSource;
import no.sirkel.optimizer.testing.Problems;
import org.junit.jupiter.api.Test;

class NetworkBuilderTest {

    /** One degree of latitude on the format's sphere: 6371.0088 × π / 180 km. */
    private static final double KM_PER_DEGREE = 111.1950802335329;

    private static final Supply S1 = supply("S1", 63.0, 10.0, "CLAY", 1000);
    private static final Demand D1 = demand("D1", 63.1, 10.0, "CLAY", 600);
    private static final DisposalSite L1 = site("L1", 63.0, 10.0, 300);
    private static final VirginSource Q1 = source("Q1", 63.1, 10.0, "CLAY", 200);

    @Test
    void measuresGreatCircleKmOnTheFormatsSphere() {
        assertThat(GreatCircle.km(63, 10, 64, 10)).isCloseTo(KM_PER_DEGREE, within(1e-9));
        assertThat(GreatCircle.km(0, 179.5, 0, -179.5)).isCloseTo(KM_PER_DEGREE, within(1e-9));
    }

    @Test
    void usesGreatCircleTimesRoadFactorWhereNoRouteIsListed() {
        Arc arc = single(List.of(S1), List.of(D1), List.of(L1), List.of(Q1), List.of());

        assertThat(arc.km()).isCloseTo(0.1 * KM_PER_DEGREE * 1.3, within(1e-9));
        assertThat(arc.costPerTonne()).isCloseTo(2.0 * 0.1 * KM_PER_DEGREE * 1.3, within(1e-9));
    }

    @Test
    void usesTheListedRouteFromSupplyToDemand() {
        Arc arc = single(List.of(S1), List.of(D1), List.of(L1), List.of(Q1), List.of(new Route("S1", "D1", 31.5, 1000.0)));

        assertThat(arc.km()).isEqualTo(31.5);
        assertThat(arc.fixedCost()).isEqualTo(1000);
    }

    @Test
    void ignoresARouteListedInTheOtherDirection() {
        Arc arc = single(List.of(S1), List.of(D1), List.of(L1), List.of(Q1), List.of(new Route("D1", "S1", 1, null)));

        assertThat(arc.km()).isCloseTo(0.1 * KM_PER_DEGREE * 1.3, within(1e-9));
    }

    @Test
    void chargesFixedCostPerRouteWhereTheRouteGivesNone() {
        Problem problem = problem(parameters(2, 3000, null), List.of(S1), List.of(D1), List.of(L1), List.of(Q1),
                List.of(new Route("S1", "D1", 10, null)));

        assertThat(NetworkBuilder.build(problem).network().arc(0).fixedCost()).isEqualTo(3000);
    }

    @Test
    void connectsPlacesWithoutCoordinatesOnlyByRoutes() {
        Supply noPosition = new Supply("S1", null, null, "CLAY", null, 1000, null, null);
        Problem unconnected = problem(parameters(2, 0, null), List.of(noPosition), List.of(D1), List.of(L1), List.of(Q1),
                List.of());
        Problem routed = problem(parameters(2, 0, null), List.of(noPosition), List.of(D1), List.of(L1), List.of(Q1),
                List.of(new Route("S1", "D1", 5, null), new Route("S1", "L1", 7, null)));

        PreparedProblem withoutRoutes = NetworkBuilder.build(unconnected);
        PreparedProblem withRoutes = NetworkBuilder.build(routed);

        assertThat(withoutRoutes.network().arcCount()).isZero();
        assertThat(withoutRoutes.disposalSite(0)).isEqualTo(PreparedProblem.PENALTY);
        assertThat(withoutRoutes.network().disposalCostPerTonne(0)).isEqualTo(100_000);
        assertThat(withRoutes.network().arc(0).km()).isEqualTo(5);
        assertThat(withRoutes.disposalKm(0)).isEqualTo(7);
    }

    @Test
    void pairsOnlyAcceptedMaterials() {
        Demand sand = demand("D1", 63.1, 10.0, "SAND", 600);

        assertThat(arcs(List.of(S1), List.of(sand), List.of(L1), List.of(source("Q1", 63.1, 10, "SAND", 200)))).isEmpty();
    }

    @Test
    void pairsOnlyWhereTheContaminationClassFits() {
        Supply class3 = new Supply("S1", 63.0, 10.0, "CLAY", 3, 1000, null, null);
        Supply unclassified = new Supply("S1", 63.0, 10.0, "CLAY", null, 1000, null, null);
        Demand upTo2 = new Demand("D1", 63.1, 10.0, List.of("CLAY"), 2, 600, null, null, null);
        Demand upTo3 = new Demand("D1", 63.1, 10.0, List.of("CLAY"), 3, 600, null, null, null);

        assertThat(arcs(List.of(class3), List.of(upTo2), List.of(L1), List.of(Q1))).isEmpty();
        assertThat(arcs(List.of(class3), List.of(upTo3), List.of(L1), List.of(Q1))).hasSize(1);
        assertThat(arcs(List.of(unclassified), List.of(upTo2), List.of(L1), List.of(Q1))).hasSize(1);
    }

    @Test
    void pairsOnlyWhereTheWindowsOverlapCountingTouchingDays() {
        Supply marchToJune = new Supply("S1", 63.0, 10.0, "CLAY", null, 1000, LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 6, 30));
        Demand fromJuly = new Demand("D1", 63.1, 10.0, List.of("CLAY"), null, 600, LocalDate.of(2027, 7, 1), null, null);
        Demand fromLastJuneDay = new Demand("D1", 63.1, 10.0, List.of("CLAY"), null, 600, LocalDate.of(2027, 6, 30),
                null, null);
        Demand untilFebruary = new Demand("D1", 63.1, 10.0, List.of("CLAY"), null, 600, null, LocalDate.of(2027, 2, 28),
                null);
        Demand openEnded = new Demand("D1", 63.1, 10.0, List.of("CLAY"), null, 600, null, null, null);

        assertThat(arcs(List.of(marchToJune), List.of(fromJuly), List.of(L1), List.of(Q1))).isEmpty();
        assertThat(arcs(List.of(marchToJune), List.of(fromLastJuneDay), List.of(L1), List.of(Q1))).hasSize(1);
        assertThat(arcs(List.of(marchToJune), List.of(untilFebruary), List.of(L1), List.of(Q1))).isEmpty();
        assertThat(arcs(List.of(marchToJune), List.of(openEnded), List.of(L1), List.of(Q1))).hasSize(1);
    }

    @Test
    void pairsOnlyWithinTheGlobalHaulLimit() {
        double km = 0.1 * KM_PER_DEGREE * 1.3;

        assertThat(NetworkBuilder.build(problem(parameters(2, 0, km - 0.01), List.of(S1), List.of(D1), List.of(L1),
                List.of(Q1), List.of())).network().arcCount()).isZero();
        assertThat(NetworkBuilder.build(problem(parameters(2, 0, km + 0.01), List.of(S1), List.of(D1), List.of(L1),
                List.of(Q1), List.of())).network().arcCount()).isOne();
    }

    @Test
    void pairsOnlyWithinTheDemandsHaulLimit() {
        Demand within10 = new Demand("D1", 63.1, 10.0, List.of("CLAY"), null, 600, null, null, 10.0);

        assertThat(arcs(List.of(S1), List.of(within10), List.of(L1), List.of(Q1))).isEmpty();
        assertThat(single(List.of(S1), List.of(within10), List.of(L1), List.of(Q1),
                List.of(new Route("S1", "D1", 9.5, null))).km()).isEqualTo(9.5);
    }

    @Test
    void fallsBackToTheCheapestEligibleDisposalSite() {
        DisposalSite cheapFar = site("L1", 63.5, 10.0, 100);
        DisposalSite dearNear = site("L2", 63.0, 10.0, 180);
        DisposalSite cleanOnly = new DisposalSite("L3", 63.0, 10.0, null, 1, 0);
        DisposalSite otherMaterial = new DisposalSite("L4", 63.0, 10.0, List.of("SAND"), null, 0);
        Supply class2 = new Supply("S1", 63.0, 10.0, "CLAY", 2, 1000, null, null);

        PreparedProblem prepared = NetworkBuilder.build(problem(parameters(2, 0, null), List.of(class2), List.of(D1),
                List.of(cheapFar, dearNear, cleanOnly, otherMaterial), List.of(Q1), List.of()));

        assertThat(prepared.disposalSite(0)).isEqualTo(1);
        assertThat(prepared.disposalKm(0)).isZero();
        assertThat(prepared.network().disposalCostPerTonne(0)).isEqualTo(180);
    }

    @Test
    void fallsBackToTheCheapestVirginSourceSharingAMaterial() {
        Demand clayOrSilt = new Demand("D1", 63.1, 10.0, List.of("CLAY", "SILT"), null, 600, null, null, null);
        VirginSource silt = new VirginSource("Q1", 63.1, 10.0, List.of("SILT", "SAND"), 120);
        VirginSource rock = source("Q2", 63.1, 10.0, "ROCK", 10);
        VirginSource clayFar = source("Q3", 63.2, 10.0, "CLAY", 100);

        PreparedProblem prepared = NetworkBuilder.build(problem(parameters(2, 0, null), List.of(S1), List.of(clayOrSilt),
                List.of(L1), List.of(silt, rock, clayFar), List.of()));

        assertThat(prepared.virginSource(0)).isEqualTo(0);
        assertThat(prepared.network().virginCostPerTonne(0)).isEqualTo(120);
    }

    @Test
    void chargesPenaltiesWhereNoFallbackIsEligible() {
        PreparedProblem prepared = NetworkBuilder.build(problem(new Parameters(Objective.COST, 2, 0.09, 0, 1.3, null, 17,
                5000, 7000), List.of(S1), List.of(D1), List.of(), List.of(), List.of()));

        assertThat(prepared.disposalSite(0)).isEqualTo(PreparedProblem.PENALTY);
        assertThat(prepared.virginSource(0)).isEqualTo(PreparedProblem.PENALTY);
        assertThat(prepared.network().disposalCostPerTonne(0)).isEqualTo(5000);
        assertThat(prepared.network().virginCostPerTonne(0)).isEqualTo(7000);
        assertThat(prepared.network().arc(0).savingPerTonne()).isCloseTo(12000 - 2 * 0.1 * KM_PER_DEGREE * 1.3,
                within(1e-9));
    }

    @Test
    void countsTonneKmWithoutFeesPricesOrFixedCostsForTheTonneKmObjective() {
        Parameters tonneKm = new Parameters(Objective.TONNE_KM, 2, 0.09, 3000, 1.3, null, 17, 100_000, 90_000);
        DisposalSite cheapFar = site("L1", 63.5, 10.0, 0);
        DisposalSite dearNear = site("L2", 63.0, 10.0, 500);

        PreparedProblem prepared = NetworkBuilder.build(problem(tonneKm, List.of(S1, supply("S2", 63, 10, "SAND", 5)),
                List.of(D1), List.of(cheapFar, dearNear), List.of(Q1), List.of(new Route("S1", "D1", 20, 900.0))));
        Network network = prepared.network();

        assertThat(prepared.disposalSite(0)).isEqualTo(1);
        assertThat(network.disposalCostPerTonne(0)).isZero();
        assertThat(network.virginCostPerTonne(0)).isZero();
        assertThat(network.arcs()).isEmpty();

        PreparedProblem penalised = NetworkBuilder.build(problem(tonneKm, List.of(S1), List.of(D1), List.of(),
                List.of(), List.of(new Route("S1", "D1", 20, 900.0))));
        Arc arc = penalised.network().arc(0);
        assertThat(arc.costPerTonne()).isEqualTo(20);
        assertThat(arc.fixedCost()).isZero();
        assertThat(arc.savingPerTonne()).isEqualTo(190_000 - 20);
    }

    @Test
    void leavesOutPairsThatSaveNothing() {
        DisposalSite free = site("L1", 63.0, 10.0, 0);
        VirginSource freeQuarry = source("Q1", 63.1, 10.0, "CLAY", 0);

        assertThat(arcs(List.of(S1), List.of(D1), List.of(free), List.of(freeQuarry))).isEmpty();
    }

    @Test
    void refusesAnInvalidProblem() {
        Problem broken = problem(parameters(2, 0, null), List.of(supply("S1", 63, 10, "CLAY", -1)), List.of(), List.of(),
                List.of(), List.of());

        assertThatThrownBy(() -> NetworkBuilder.build(broken)).isInstanceOf(InvalidProblemException.class)
                .hasMessage("supplies[0].tonnes must be > 0");
    }

    @Test
    void findsWithTheSpatialIndexExactlyThePairsAFullScanFinds() {
        for (double limit : new double[] {5, 25, 60}) {
            Problem limited = Problems.random(7, 300, 300, 0, limit);
            Problem unlimited = new Problem("x", new Parameters(Objective.COST, 2.0, 0.09, 0, 1.3, null, 17, 100_000,
                    100_000), limited.supplies(), limited.demands(), limited.disposalSites(), limited.virginSources(),
                    limited.routes());

            Set<List<Integer>> indexed = pairs(NetworkBuilder.build(limited).network().arcs());
            Set<List<Integer>> scanned = pairs(NetworkBuilder.build(unlimited).network().arcs().stream()
                    .filter(arc -> arc.km() <= limit).toList());

            assertThat(indexed).isNotEmpty().isEqualTo(scanned);
        }
    }

    @Test
    void findsPairsAcrossTheAntimeridianAndNearThePole() {
        List<Supply> supplies = List.of(supply("S1", 10, 179.9, "CLAY", 10), supply("S2", 89.9, 0, "CLAY", 10));
        List<Demand> demands = List.of(demand("D1", 10, -179.9, "CLAY", 10), demand("D2", 89.9, 180, "CLAY", 10));

        Problem problem = problem(parameters(2, 0, 100.0), supplies, demands, List.of(), List.of(), List.of());

        assertThat(pairs(NetworkBuilder.build(problem).network().arcs())).containsExactlyInAnyOrder(List.of(0, 0),
                List.of(1, 1));
    }

    private static Set<List<Integer>> pairs(List<Arc> arcs) {
        return arcs.stream().map(arc -> List.of(arc.supply(), arc.demand())).collect(Collectors.toSet());
    }

    private static List<Arc> arcs(List<Supply> supplies, List<Demand> demands, List<DisposalSite> sites,
                                  List<VirginSource> sources) {
        return NetworkBuilder.build(problem(parameters(2, 0, null), supplies, demands, sites, sources, List.of()))
                .network().arcs();
    }

    private static Arc single(List<Supply> supplies, List<Demand> demands, List<DisposalSite> sites,
                              List<VirginSource> sources, List<Route> routes) {
        List<Arc> arcs = NetworkBuilder.build(problem(parameters(2, 0, null), supplies, demands, sites, sources, routes))
                .network().arcs();
        assertThat(arcs).hasSize(1);
        return arcs.get(0);
    }
}
