package no.sirkel.optimizer.timed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.sirkel.optimizer.problem.Demand;
import no.sirkel.optimizer.problem.DisposalSite;
import no.sirkel.optimizer.problem.Horizon;
import no.sirkel.optimizer.problem.HubProcess;
import no.sirkel.optimizer.problem.HubStock;
import no.sirkel.optimizer.problem.Objective;
import no.sirkel.optimizer.problem.Parameters;
import no.sirkel.optimizer.problem.PeriodLength;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.Route;
import no.sirkel.optimizer.problem.StorageHub;
import no.sirkel.optimizer.problem.Supply;
import no.sirkel.optimizer.problem.VirginSource;

/**
 * The format v2 contract's examples A..I with their hand-worked optimal costs, built in Java: every distance a listed
 * route of 10 km, {@code costPerTonneKm} 1, fixed cost 100 per used pair.
 */
final class ContractExamples {

    record Example(String name, Problem problem, double optimalCost) {
    }

    private static final String ROCK = "BLASTED_ROCK";
    private static final String CRUSHED = "CRUSHED_ROCK";
    private static final String SAND = "SAND";
    private static final Horizon JANUARY_TO_MARCH = new Horizon(date("2027-01-01"), date("2027-03-31"));

    private ContractExamples() {
    }

    static List<Example> all() {
        return List.of(
                new Example("A", crushing(5000, null, List.of(), List.of()), 116_200),
                new Example("A2", crushing(2000, null, List.of(), List.of()), 224_200),
                new Example("A3", crushing(5000, 50_000.0, List.of(), List.of()), 166_200),
                new Example("A4", crushing(5000, 400_000.0, List.of(), List.of()), 494_000),
                new Example("E", landfillCapacity(), 249_000),
                new Example("F", quarryCapacity(), 466_000),
                new Example("G", dayCount(false), 250_766.6666666667),
                new Example("G2", dayCount(true), 101_133.3333333333),
                new Example("H", isoWeeks(), 25_100),
                new Example("I", crushing(5000, null,
                        List.of(new Demand("D2", null, null, List.of(CRUSHED), 1, 500, date("2027-01-01"),
                                date("2027-01-31"), null)),
                        List.of(new HubStock(CRUSHED, 1, 1000))), 110_800));
    }

    static Parameters parameters(double penalty, Horizon horizon, PeriodLength length) {
        return new Parameters(Objective.COST, 1.0, 0.09, 100, 1.3, 80.0, 17, penalty, penalty, horizon, length);
    }

    /** A, A2, A3, A4 and I: January's blasted rock crushed at H1 for March's need. */
    static Problem crushing(double capacity, Double openingCost, List<Demand> moreDemands, List<HubStock> stock) {
        List<Demand> demands = new ArrayList<>(List.of(new Demand("D1", null, null, List.of(CRUSHED), 1, 2800,
                date("2027-03-01"), date("2027-03-31"), null)));
        demands.addAll(moreDemands);
        List<Route> routes = new ArrayList<>(routes("S1-H1", "H1-D1", "S1-L1", "Q1-D1", "H1-L1", "S1-D1"));
        if (!moreDemands.isEmpty()) {
            routes.addAll(routes("H1-D2", "Q1-D2"));
        }
        return new Problem("crushing", parameters(100_000, JANUARY_TO_MARCH, PeriodLength.MONTH),
                List.of(new Supply("S1", null, null, ROCK, 1, 3100, date("2027-01-01"), date("2027-01-31"))),
                demands,
                List.of(new DisposalSite("L1", null, null, null, 5, 50, null)),
                List.of(new VirginSource("Q1", null, null, List.of(CRUSHED), 100, null)),
                routes,
                List.of(new StorageHub("H1", null, null, List.of(ROCK), 2, capacity, 10, openingCost,
                        List.of(new HubProcess(ROCK, CRUSHED, 5)), stock)));
    }

    static Problem landfillCapacity() {
        return new Problem("E", parameters(100_000, JANUARY_TO_MARCH, PeriodLength.MONTH),
                List.of(new Supply("S1", null, null, "MORAINE", 1, 3100, null, null)),
                List.of(),
                List.of(new DisposalSite("L1", null, null, null, 5, 50, 1000.0),
                        new DisposalSite("L2", null, null, List.of("MORAINE"), 1, 80, null)),
                List.of(), routes("S1-L1", "S1-L2"), List.of());
    }

    static Problem quarryCapacity() {
        return new Problem("F", parameters(1000, JANUARY_TO_MARCH, PeriodLength.MONTH),
                List.of(),
                List.of(new Demand("D1", null, null, List.of(SAND), 1, 1000, date("2027-02-01"), date("2027-02-28"),
                        null)),
                List.of(), List.of(new VirginSource("Q1", null, null, List.of(SAND), 100, 600.0)),
                routes("Q1-D1"), List.of());
    }

    /** G without a hub, G2 with one. */
    static Problem dayCount(boolean withHub) {
        List<Route> routes = new ArrayList<>(routes("S1-D1", "S1-L1", "Q1-D1"));
        List<StorageHub> hubs = List.of();
        if (withHub) {
            routes.addAll(routes("S1-H1", "H1-D1", "H1-L1"));
            hubs = List.of(new StorageHub("H1", null, null, null, 2, 10_000, 5, null, List.of(), List.of()));
        }
        return new Problem(withHub ? "G2" : "G", parameters(100_000, JANUARY_TO_MARCH, PeriodLength.MONTH),
                List.of(new Supply("S1", null, null, SAND, 1, 3000, date("2027-01-01"), date("2027-03-31"))),
                List.of(new Demand("D1", null, null, List.of(SAND), 1, 2000, date("2027-02-01"), date("2027-02-28"),
                        null)),
                List.of(new DisposalSite("L1", null, null, null, 5, 50, null)),
                List.of(new VirginSource("Q1", null, null, List.of(SAND), 100, null)),
                routes, hubs);
    }

    static Problem isoWeeks() {
        return new Problem("H", parameters(100_000, new Horizon(date("2027-01-01"), date("2027-01-31")),
                PeriodLength.WEEK),
                List.of(new Supply("S1", null, null, SAND, 1, 1000, date("2027-01-01"), date("2027-01-10"))),
                List.of(new Demand("D1", null, null, List.of(SAND), 1, 700, date("2027-01-04"), date("2027-01-10"),
                        null)),
                List.of(new DisposalSite("L1", null, null, null, 5, 50, null)),
                List.of(new VirginSource("Q1", null, null, List.of(SAND), 100, null)),
                routes("S1-D1", "S1-L1", "Q1-D1"), List.of());
    }

    /** Routes of 10 km with the default fixed cost, each written "FROM-TO". */
    static List<Route> routes(String... pairs) {
        List<Route> routes = new ArrayList<>();
        for (String pair : pairs) {
            String[] ends = pair.split("-");
            routes.add(new Route(ends[0], ends[1], 10.0, null));
        }
        return routes;
    }

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
