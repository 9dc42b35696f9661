package no.sirkel.optimizer.timed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What a marketplace with storage reaches: period by period, the deals of that period in order of saving per tonne,
 * each filled as far as the tonnes left allow and skipped where the fixed costs it adds (new pairs, a candidate hub's
 * opening) eat its saving; no deal is revisited. A deal is a match, a delivery from a hub's initial stock, or a trade
 * through a hub: a supply's tonnes stored (as is or processed) for a demand in a later period, which the hub's room
 * over the periods between must allow. A tonne's saving is measured against the cheapest eligible landfill or quarry
 * (or the penalty). {@link TimedSolver} then sends the remainders to landfills and buys them from quarries as cheaply
 * as their capacities allow (the network's linear program with every deal fixed).
 */
final class TimedGreedy {

    /** Deliveries considered for each intake: the best few by value whose need lies later. */
    private static final int DELIVERIES_PER_INTAKE = 3;
    private static final int MOST_DELIVERIES_SCANNED = 200;

    private final TimedModel model;
    private final double[] value;
    private final double[][] releaseLeft;
    private final double[][] needLeft;
    private final double[] initialLeft;
    private final double[][] hubStock;
    private final boolean[] pairUsed;
    private final boolean[] hubOpen;

    private TimedGreedy(TimedModel model) {
        this.model = model;
        this.value = new double[model.columnCount()];
        this.releaseLeft = deepCopy(model.release);
        this.needLeft = deepCopy(model.need);
        this.initialLeft = model.initialOfGroup.clone();
        int periods = model.periods.size();
        this.hubStock = new double[model.hubCount()][periods];
        for (int g = 0; g < initialLeft.length; g++) {
            for (int p = 0; p < periods; p++) {
                hubStock[model.hubOfGroup[g]][p] += initialLeft[g];
            }
        }
        this.pairUsed = new boolean[model.pairCount()];
        this.hubOpen = new boolean[model.hubCount()];
    }

    /** The greedy plan's matches, hub intake and deliveries: tonnes per model column (0 on every other column). */
    static double[] trades(TimedModel model) {
        TimedGreedy greedy = new TimedGreedy(model);
        greedy.trade();
        return greedy.value;
    }

    /** A deal: one column, or an intake column and a delivery column of a later period. */
    private record Deal(int column, int delivery, double savingPerTonne) {
    }

    private void trade() {
        double[] supplyFallback = supplyFallbacks();
        double[] demandFallback = demandFallbacks();
        int periods = model.periods.size();
        List<List<Integer>> columnsByPeriod = new ArrayList<>();
        for (int p = 0; p < periods; p++) {
            columnsByPeriod.add(new ArrayList<>());
        }
        List<List<Integer>> deliveriesByGroup = new ArrayList<>();
        for (int g = 0; g < initialLeft.length; g++) {
            deliveriesByGroup.add(new ArrayList<>());
        }
        for (int j = 0; j < model.columnCount(); j++) {
            if (model.isReuse(j)) {
                columnsByPeriod.get(model.period[j]).add(j);
            }
            if (model.kind[j] == ColumnKind.FROM_HUB) {
                deliveriesByGroup.get(model.from[j]).add(j);
            }
        }
        for (List<Integer> deliveries : deliveriesByGroup) {
            deliveries.sort(Comparator.comparingDouble(j -> -(demandFallback[model.to[j]] - model.lp.cost[j])));
        }
        for (int p = 0; p < periods; p++) {
            List<Deal> deals = new ArrayList<>();
            for (int j : columnsByPeriod.get(p)) {
                switch (model.kind[j]) {
                    case MATCH -> deals.add(new Deal(j, -1,
                            supplyFallback[model.from[j]] + demandFallback[model.to[j]] - model.lp.cost[j]));
                    case FROM_HUB -> {
                        if (initialLeft[model.from[j]] > TimedModel.FLOW_EPSILON) {
                            deals.add(new Deal(j, -1, demandFallback[model.to[j]] - model.lp.cost[j]));
                        }
                    }
                    case TO_HUB -> addTrades(j, p, deliveriesByGroup.get(model.to[j]), supplyFallback,
                            demandFallback, deals);
                    default -> { }
                }
            }
            deals.sort(Comparator.comparingDouble(deal -> -deal.savingPerTonne()));
            for (Deal deal : deals) {
                if (deal.savingPerTonne() > 0) {
                    take(deal);
                }
            }
        }
    }

    private void addTrades(int intake, int p, List<Integer> deliveries, double[] supplyFallback,
                           double[] demandFallback, List<Deal> deals) {
        int found = 0;
        int scanned = 0;
        for (int j : deliveries) {
            if (found == DELIVERIES_PER_INTAKE || ++scanned > MOST_DELIVERIES_SCANNED) {
                break;
            }
            if (model.period[j] > p && needLeft[model.to[j]][model.period[j]] > TimedModel.FLOW_EPSILON) {
                deals.add(new Deal(intake, j, supplyFallback[model.from[intake]] + demandFallback[model.to[j]]
                        - model.lp.cost[intake] - model.lp.cost[j]));
                found++;
            }
        }
    }

    private void take(Deal deal) {
        switch (model.kind[deal.column()]) {
            case MATCH -> takeMatch(deal);
            case FROM_HUB -> takeFromStock(deal);
            default -> takeTrade(deal);
        }
    }

    private void takeMatch(Deal deal) {
        int j = deal.column();
        int p = model.period[j];
        double tonnes = Math.min(releaseLeft[model.from[j]][p], needLeft[model.to[j]][p]);
        if (pays(deal, tonnes, newFixedCost(j))) {
            releaseLeft[model.from[j]][p] -= tonnes;
            needLeft[model.to[j]][p] -= tonnes;
            book(j, tonnes);
        }
    }

    private void takeFromStock(Deal deal) {
        int j = deal.column();
        int p = model.period[j];
        int g = model.from[j];
        double tonnes = Math.min(initialLeft[g], needLeft[model.to[j]][p]);
        if (pays(deal, tonnes, newFixedCost(j))) {
            initialLeft[g] -= tonnes;
            double[] stock = hubStock[model.hubOfGroup[g]];
            for (int t = p; t < stock.length; t++) {
                stock[t] -= tonnes;
            }
            needLeft[model.to[j]][p] -= tonnes;
            book(j, tonnes);
        }
    }

    private void takeTrade(Deal deal) {
        int intake = deal.column();
        int delivery = deal.delivery();
        int p = model.period[intake];
        int q = model.period[delivery];
        int hub = model.hubOf(intake);
        double[] stock = hubStock[hub];
        double room = Double.POSITIVE_INFINITY;
        for (int t = p; t < q; t++) {
            room = Math.min(room, model.problem.storageHubs().get(hub).capacityTonnes() - stock[t]);
        }
        double tonnes = Math.min(Math.min(releaseLeft[model.from[intake]][p], needLeft[model.to[delivery]][q]), room);
        double fixed = newFixedCost(intake) + newFixedCost(delivery)
                + (hubOpen[hub] || model.openColumn[hub] < 0 ? 0 : model.lp.cost[model.openColumn[hub]]);
        if (pays(deal, tonnes, fixed)) {
            for (int t = p; t < q; t++) {
                stock[t] += tonnes;
            }
            hubOpen[hub] = true;
            releaseLeft[model.from[intake]][p] -= tonnes;
            needLeft[model.to[delivery]][q] -= tonnes;
            book(intake, tonnes);
            book(delivery, tonnes);
        }
    }

    private static boolean pays(Deal deal, double tonnes, double newFixedCost) {
        return tonnes > TimedModel.FLOW_EPSILON && tonnes * deal.savingPerTonne() > newFixedCost;
    }

    private double newFixedCost(int column) {
        int q = model.pair[column];
        return q < 0 || pairUsed[q] ? 0 : model.pairFixedCost[q];
    }

    private void book(int column, double tonnes) {
        value[column] += tonnes;
        if (model.pair[column] >= 0) {
            pairUsed[model.pair[column]] = true;
        }
    }

    /** Per supply: the cheapest landfill per tonne, or the unplaced penalty where that is cheaper or none is eligible. */
    private double[] supplyFallbacks() {
        double[] fallback = new double[model.release.length];
        Arrays.fill(fallback, model.pricing.unplacedPenaltyPerTonne());
        double[] poolCost = poolCosts();
        for (int pool = 0; pool < poolCost.length; pool++) {
            int s = model.poolSupply[pool];
            if (s >= 0) {
                fallback[s] = Math.min(fallback[s], poolCost[pool]);
            }
        }
        return fallback;
    }

    private double[] poolCosts() {
        double[] cost = new double[model.poolSupply.length];
        Arrays.fill(cost, Double.POSITIVE_INFINITY);
        for (int j = 0; j < model.columnCount(); j++) {
            if (model.kind[j] == ColumnKind.DISPOSAL) {
                cost[model.from[j]] = Math.min(cost[model.from[j]], model.lp.cost[j]);
            }
        }
        return cost;
    }

    /** Per demand: the cheapest quarry per tonne, or the unmet penalty where that is cheaper or none is eligible. */
    private double[] demandFallbacks() {
        double[] fallback = new double[model.need.length];
        Arrays.fill(fallback, model.pricing.unmetPenaltyPerTonne());
        for (int j = 0; j < model.columnCount(); j++) {
            if (model.kind[j] == ColumnKind.VIRGIN) {
                fallback[model.to[j]] = Math.min(fallback[model.to[j]], model.lp.cost[j]);
            }
        }
        return fallback;
    }

    private static double[][] deepCopy(double[][] values) {
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i].clone();
        }
        return copy;
    }
}
