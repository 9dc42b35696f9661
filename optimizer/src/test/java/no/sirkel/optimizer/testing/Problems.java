package no.sirkel.optimizer.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import no.sirkel.optimizer.problem.Demand;
import no.sirkel.optimizer.problem.DisposalSite;
import no.sirkel.optimizer.problem.Objective;
import no.sirkel.optimizer.problem.Parameters;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.Route;
import no.sirkel.optimizer.problem.Supply;
import no.sirkel.optimizer.problem.VirginSource;

/** Small problems for tests: terse factories and a seeded generator of Trondheim-like problems. */
public final class Problems {

    private Problems() {
    }

    public static Supply supply(String id, double lat, double lon, String material, double tonnes) {
        return new Supply(id, lat, lon, material, null, tonnes, null, null);
    }

    public static Demand demand(String id, double lat, double lon, String material, double tonnes) {
        return new Demand(id, lat, lon, List.of(material), null, tonnes, null, null, null);
    }

    public static DisposalSite site(String id, double lat, double lon, double gateFee) {
        return new DisposalSite(id, lat, lon, null, null, gateFee);
    }

    public static VirginSource source(String id, double lat, double lon, String material, double price) {
        return new VirginSource(id, lat, lon, List.of(material), price);
    }

    public static Parameters parameters(double costPerTonneKm, double fixedCostPerRoute, Double maxHaulKm) {
        return new Parameters(Objective.COST, costPerTonneKm, 0.09, fixedCostPerRoute, 1.3, maxHaulKm, 17,
                100_000, 100_000);
    }

    public static Problem problem(Parameters parameters, List<Supply> supplies, List<Demand> demands,
                                  List<DisposalSite> sites, List<VirginSource> sources, List<Route> routes) {
        return new Problem("test", parameters, supplies, demands, sites, sources, routes);
    }

    /**
     * A random route-only problem of 2 supplies and 3 demands (see {@link #matrix}), small enough to solve exactly by
     * enumeration: about one pair in five has no route, fixed costs up to 150, fallbacks at 30 and 40 per tonne.
     */
    public static Problem tinyRandom(Random random) {
        double[][] km = new double[2][3];
        for (double[] row : km) {
            for (int d = 0; d < row.length; d++) {
                row[d] = random.nextInt(5) == 0 ? Double.NaN : random.nextInt(60);
            }
        }
        return matrix(new double[] {1 + random.nextInt(4), 1 + random.nextInt(4)},
                new double[] {1 + random.nextInt(3), 1 + random.nextInt(3), 1 + random.nextInt(3)},
                km, random.nextInt(150), 30, 40);
    }

    /**
     * A route-only problem (no coordinates): supplies S0.., demands D0.., one disposal site L and one virgin source Q
     * per material, km from the given matrix (NaN = no route), fixed cost per pair.
     */
    public static Problem matrix(double[] supplyTonnes, double[] demandTonnes, double[][] km, double fixedCost,
                                 double disposalCostPerTonne, double virginCostPerTonne) {
        List<Supply> supplies = new ArrayList<>();
        List<Demand> demands = new ArrayList<>();
        List<Route> routes = new ArrayList<>();
        for (int s = 0; s < supplyTonnes.length; s++) {
            supplies.add(new Supply("S" + s, null, null, "M", null, supplyTonnes[s], null, null));
            routes.add(new Route("S" + s, "L", 0, null));
        }
        for (int d = 0; d < demandTonnes.length; d++) {
            demands.add(new Demand("D" + d, null, null, List.of("M"), null, demandTonnes[d], null, null, null));
            routes.add(new Route("Q", "D" + d, 0, null));
            for (int s = 0; s < supplyTonnes.length; s++) {
                if (!Double.isNaN(km[s][d])) {
                    routes.add(new Route("S" + s, "D" + d, km[s][d], null));
                }
            }
        }
        Parameters parameters = new Parameters(Objective.COST, 1, 0.09, fixedCost, 1.3, null, 17, 100_000, 100_000);
        return problem(parameters, supplies, demands,
                List.of(new DisposalSite("L", null, null, null, null, disposalCostPerTonne)),
                List.of(new VirginSource("Q", null, null, List.of("M"), virginCostPerTonne)), routes);
    }

    /**
     * A random problem around Trondheim: integer tonnes, three materials, a few disposal sites and quarries,
     * optional haul limit and fixed cost per route.
     */
    public static Problem random(long seed, int supplyCount, int demandCount, double fixedCost, Double maxHaulKm) {
        Random random = new Random(seed);
        String[] materials = {"CLAY", "SAND", "ROCK"};
        List<Supply> supplies = new ArrayList<>();
        for (int s = 0; s < supplyCount; s++) {
            supplies.add(supply("S" + s, 63.0 + random.nextDouble() * 0.8, 9.8 + random.nextDouble() * 1.6,
                    materials[random.nextInt(materials.length)], 100 + random.nextInt(50) * 100));
        }
        List<Demand> demands = new ArrayList<>();
        for (int d = 0; d < demandCount; d++) {
            demands.add(demand("D" + d, 63.0 + random.nextDouble() * 0.8, 9.8 + random.nextDouble() * 1.6,
                    materials[random.nextInt(materials.length)], 100 + random.nextInt(50) * 100));
        }
        List<DisposalSite> sites = new ArrayList<>();
        for (int l = 0; l < 4; l++) {
            sites.add(site("L" + l, 63.0 + random.nextDouble() * 0.8, 9.8 + random.nextDouble() * 1.6,
                    150 + random.nextInt(200)));
        }
        List<VirginSource> sources = new ArrayList<>();
        for (int q = 0; q < 6; q++) {
            sources.add(source("Q" + q, 63.0 + random.nextDouble() * 0.8, 9.8 + random.nextDouble() * 1.6,
                    materials[q % materials.length], 100 + random.nextInt(150)));
        }
        return problem(parameters(2.0, fixedCost, maxHaulKm), supplies, demands, sites, sources, List.of());
    }
}
