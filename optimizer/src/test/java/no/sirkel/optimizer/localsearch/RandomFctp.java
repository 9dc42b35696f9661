package no.sirkel.optimizer.localsearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import no.sirkel.optimizer.network.Arc;
import no.sirkel.optimizer.network.Network;

/**
 * Seeded random fixed-charge transportation problems with fallbacks: supplies and demands scattered over a square,
 * whole-tonne quantities, transport at 2.6 NOK per tonne and straight-line km (road factor 1.3), disposal and virgin
 * material at 150–250 NOK/t, every pair eligible, and fixed costs of about {@code fixedCostScale} × what a typical
 * pair's transport costs.
 */
final class RandomFctp {

    private RandomFctp() {
    }

    static Network generate(long seed, int supplies, int demands, double fixedCostScale) {
        Random random = new Random(seed);
        double side = 60;
        double[][] supplyAt = points(random, supplies, side);
        double[][] demandAt = points(random, demands, side);
        double[] supplyTonnes = tonnes(random, supplies, 20, 200);
        double[] demandTonnes = tonnes(random, demands, 10, 100);
        double[] disposal = prices(random, supplies);
        double[] virgin = prices(random, demands);
        double costPerTonneKm = 2.6;
        double typicalPairTransport = 50 * costPerTonneKm * 0.5 * side;
        List<Arc> arcs = new ArrayList<>();
        for (int s = 0; s < supplies; s++) {
            for (int d = 0; d < demands; d++) {
                double km = Math.hypot(supplyAt[s][0] - demandAt[d][0], supplyAt[s][1] - demandAt[d][1]);
                double costPerTonne = costPerTonneKm * km;
                double fixed = Math.round(fixedCostScale * typicalPairTransport * (0.5 + random.nextDouble()));
                arcs.add(new Arc(arcs.size(), s, d, km, costPerTonne, fixed, disposal[s] + virgin[d] - costPerTonne));
            }
        }
        return new Network(supplyTonnes, demandTonnes, disposal, virgin, arcs);
    }

    private static double[][] points(Random random, int count, double side) {
        double[][] points = new double[count][];
        for (int i = 0; i < count; i++) {
            points[i] = new double[] {random.nextDouble() * side, random.nextDouble() * side};
        }
        return points;
    }

    private static double[] tonnes(Random random, int count, int min, int max) {
        double[] tonnes = new double[count];
        for (int i = 0; i < count; i++) {
            tonnes[i] = min + random.nextInt(max - min + 1);
        }
        return tonnes;
    }

    private static double[] prices(Random random, int count) {
        double[] prices = new double[count];
        for (int i = 0; i < count; i++) {
            prices[i] = 150 + random.nextInt(101);
        }
        return prices;
    }
}
