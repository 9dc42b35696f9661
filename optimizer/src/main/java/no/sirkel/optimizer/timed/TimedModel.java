package no.sirkel.optimizer.timed;

import java.util.ArrayList;
import java.util.List;

import no.sirkel.optimizer.plan.FlowKind;
import no.sirkel.optimizer.plan.ScheduledFlow;
import no.sirkel.optimizer.problem.Periods;
import no.sirkel.optimizer.problem.Problem;

/**
 * A version 2 problem as a time-expanded network written as a linear program ({@link LinearModel}), with what each
 * column means. Built by {@link TimedModelBuilder}.
 *
 * <p>Rows: each supply per period with a release ({@code Σ out + unplaced = r(s, p)}), each demand per period with a
 * need ({@code Σ in + unmet = n(d, p)}), each hub stock group (hub, material, class) per period (stock carried in plus
 * intake minus deliveries and disposal equals the stock carried out), each hub per period
 * ({@code Σ stock ≤ capacity × open}), each candidate hub per period ({@code intake ≤ M(h, p) × open}), and a pool
 * per supply, hub group and demand that ties what leaves for landfill (arrives from quarries) in each period to the
 * landfill (quarry) it goes to over the horizon: the sites' capacities and costs do not depend on the period, so any
 * split of the horizon's amounts over the periods is a plan, and {@link #flows} chooses one. A group's stock after the
 * last period is bounded by its initial stock (a hub is a buffer, not a sink).
 *
 * <p>Column costs are the per-tonne costs of {@link FlowPricing} (penalties on the unplaced and unmet columns, the
 * opening cost on a candidate hub's open column). Pair fixed costs are not columns: {@link #cost} charges them for every
 * pair that carries flow, and {@link #relaxedCosts} spreads them over the most the pair can carry.
 */
final class TimedModel {

    /** Column values at or below this many tonnes count as none. */
    static final double FLOW_EPSILON = 1e-9;

    final Problem problem;
    final Periods periods;
    final FlowPricing pricing;
    final double[][] release;
    final double[][] need;
    final LinearModel lp;

    final ColumnKind[] kind;
    final int[] from;
    final int[] to;
    final int[] period;
    /** The pair whose fixed cost the column's flow incurs, or -1. */
    final int[] pair;

    final int[] hubOfGroup;
    final String[] materialOfGroup;
    final Integer[] classOfGroup;
    final double[] initialOfGroup;
    /** Disposal pools: the supply, or -1 where the pool is hub group {@link #poolGroup}'s. */
    final int[] poolSupply;
    final int[] poolGroup;

    final String[] pairFrom;
    final String[] pairTo;
    final double[] pairFixedCost;
    /** The most the pair can carry over the horizon in any plan (tonnes, > 0). */
    final double[] pairCapacity;
    /** The open column of each hub, or -1 for an existing hub. */
    final int[] openColumn;

    TimedModel(TimedModelBuilder b) {
        problem = b.problem;
        periods = b.periods;
        pricing = b.pricing;
        release = b.release;
        need = b.need;
        lp = b.lp.build();
        int columns = lp.columnCount();
        kind = b.kind.toArray(new ColumnKind[0]);
        from = copy(b.from, columns);
        to = copy(b.to, columns);
        period = copy(b.period, columns);
        pair = copy(b.pair, columns);
        hubOfGroup = b.hubOfGroup.stream().mapToInt(Integer::intValue).toArray();
        materialOfGroup = b.materialOfGroup.toArray(new String[0]);
        classOfGroup = b.classOfGroup.toArray(new Integer[0]);
        initialOfGroup = b.initialOfGroup.stream().mapToDouble(Double::doubleValue).toArray();
        poolSupply = b.poolSupply.stream().mapToInt(Integer::intValue).toArray();
        poolGroup = b.poolGroup.stream().mapToInt(Integer::intValue).toArray();
        pairFrom = b.pairFrom.toArray(new String[0]);
        pairTo = b.pairTo.toArray(new String[0]);
        pairFixedCost = b.pairFixedCost.stream().mapToDouble(Double::doubleValue).toArray();
        pairCapacity = b.pairCapacity.stream().mapToDouble(Double::doubleValue).toArray();
        openColumn = b.openColumn;
    }

    private static int[] copy(List<Integer> values, int size) {
        int[] array = new int[size];
        for (int i = 0; i < size; i++) {
            array[i] = values.get(i);
        }
        return array;
    }

    int columnCount() {
        return kind.length;
    }

    int pairCount() {
        return pairFixedCost.length;
    }

    int hubCount() {
        return openColumn.length;
    }

    /** The hub a column's flow touches (intake, delivery, disposal or stock), or -1. */
    int hubOf(int column) {
        return switch (kind[column]) {
            case TO_HUB -> hubOfGroup[to[column]];
            case FROM_HUB, STOCK -> hubOfGroup[from[column]];
            case INTO_DISPOSAL_POOL -> poolSupply[to[column]] < 0 ? hubOfGroup[poolGroup[to[column]]] : -1;
            default -> -1;
        };
    }

    /** Whether a column moves material between a supply, hub and demand (what the baseline leaves out). */
    boolean isReuse(int column) {
        ColumnKind k = kind[column];
        return k == ColumnKind.MATCH || k == ColumnKind.TO_HUB || k == ColumnKind.FROM_HUB;
    }

    /** Tonnes per pair in the column values (values at or below {@link #FLOW_EPSILON} ignored). */
    double[] pairTonnes(double[] x) {
        double[] tonnes = new double[pairCount()];
        for (int j = 0; j < x.length; j++) {
            if (pair[j] >= 0 && x[j] > FLOW_EPSILON) {
                tonnes[pair[j]] += x[j];
            }
        }
        return tonnes;
    }

    /** Whether each candidate hub is touched by any flow in the column values (false for existing hubs). */
    boolean[] openedHubs(double[] x) {
        boolean[] opened = new boolean[hubCount()];
        for (int j = 0; j < x.length; j++) {
            if (x[j] > FLOW_EPSILON && kind[j] != ColumnKind.STOCK && kind[j] != ColumnKind.OPEN) {
                int hub = hubOf(j);
                if (hub >= 0 && openColumn[hub] >= 0) {
                    opened[hub] = true;
                }
            }
        }
        return opened;
    }

    /**
     * The contract's cost of the plan the column values describe: per-tonne costs and penalties, the fixed cost of
     * every pair that carries flow, and the opening cost of every candidate hub a flow touches.
     */
    double cost(double[] x) {
        double total = 0;
        for (int j = 0; j < x.length; j++) {
            if (kind[j] != ColumnKind.OPEN && x[j] > FLOW_EPSILON) {
                total += lp.cost[j] * x[j];
            }
        }
        double[] pairTonnes = pairTonnes(x);
        for (int q = 0; q < pairTonnes.length; q++) {
            if (pairTonnes[q] > 0) {
                total += pairFixedCost[q];
            }
        }
        boolean[] opened = openedHubs(x);
        for (int h = 0; h < opened.length; h++) {
            if (opened[h]) {
                total += lp.cost[openColumn[h]];
            }
        }
        return total;
    }

    /**
     * Column costs of the linear relaxation: each pair's fixed cost spread over the most it can carry
     * ({@code f / M} per tonne, since {@code f × [X > 0] ≥ f × X / M} whenever {@code X ≤ M}).
     */
    double[] relaxedCosts() {
        double[] costs = lp.cost.clone();
        for (int j = 0; j < costs.length; j++) {
            if (pair[j] >= 0) {
                costs[j] += pairFixedCost[pair[j]] / pairCapacity[pair[j]];
            }
        }
        return costs;
    }

    /**
     * The flows of the plan the column values describe. A pool's horizon amounts per landfill (quarry) are split over
     * its periods in order, first landfill first.
     */
    List<ScheduledFlow> flows(double[] x) {
        List<ScheduledFlow> flows = new ArrayList<>();
        List<List<double[]>> poolPeriods = new ArrayList<>();
        List<List<double[]>> poolSites = new ArrayList<>();
        List<List<double[]>> virginPeriods = new ArrayList<>();
        List<List<double[]>> virginSources = new ArrayList<>();
        for (int i = 0; i < poolSupply.length; i++) {
            poolPeriods.add(new ArrayList<>());
            poolSites.add(new ArrayList<>());
        }
        for (int d = 0; d < problem.demands().size(); d++) {
            virginPeriods.add(new ArrayList<>());
            virginSources.add(new ArrayList<>());
        }
        for (int j = 0; j < x.length; j++) {
            if (x[j] <= FLOW_EPSILON) {
                continue;
            }
            switch (kind[j]) {
                case MATCH -> flows.add(new ScheduledFlow(FlowKind.MATCH, supplyId(from[j]), demandId(to[j]),
                        period[j], null, null, false, x[j]));
                case TO_HUB -> {
                    int g = to[j];
                    boolean processed = !materialOfGroup[g].equals(problem.supplies().get(from[j]).material());
                    flows.add(new ScheduledFlow(FlowKind.TO_HUB, supplyId(from[j]), hubId(g), period[j],
                            materialOfGroup[g], classOfGroup[g], processed, x[j]));
                }
                case FROM_HUB -> flows.add(new ScheduledFlow(FlowKind.FROM_HUB, hubId(from[j]), demandId(to[j]),
                        period[j], materialOfGroup[from[j]], classOfGroup[from[j]], false, x[j]));
                case INTO_DISPOSAL_POOL -> poolPeriods.get(to[j]).add(new double[] {period[j], x[j]});
                case DISPOSAL -> poolSites.get(from[j]).add(new double[] {to[j], x[j]});
                case FROM_VIRGIN_POOL -> virginPeriods.get(to[j]).add(new double[] {period[j], x[j]});
                case VIRGIN -> virginSources.get(to[j]).add(new double[] {from[j], x[j]});
                default -> { }
            }
        }
        for (int pool = 0; pool < poolSupply.length; pool++) {
            int g = poolGroup[pool];
            String fromId = poolSupply[pool] >= 0 ? supplyId(poolSupply[pool]) : hubId(g);
            String material = g >= 0 ? materialOfGroup[g] : null;
            Integer contaminationClass = g >= 0 ? classOfGroup[g] : null;
            split(poolPeriods.get(pool), poolSites.get(pool), (site, p, tonnes) -> flows.add(new ScheduledFlow(
                    FlowKind.DISPOSAL, fromId, problem.disposalSites().get(site).id(), p, material,
                    contaminationClass, false, tonnes)));
        }
        for (int d = 0; d < virginPeriods.size(); d++) {
            String demandId = demandId(d);
            split(virginPeriods.get(d), virginSources.get(d), (source, p, tonnes) -> flows.add(new ScheduledFlow(
                    FlowKind.VIRGIN, problem.virginSources().get(source).id(), demandId, p, null, null, false,
                    tonnes)));
        }
        return flows;
    }

    private interface SplitFlow {
        void add(int site, int period, double tonnes);
    }

    /**
     * Pairs periods with sites in order, each flow taking what is left of both (the north-west corner rule). The
     * period amounts are authoritative: where rounding leaves some over after the last site, the last site takes it.
     */
    private static void split(List<double[]> periodAmounts, List<double[]> siteAmounts, SplitFlow out) {
        if (siteAmounts.isEmpty()) {
            return;
        }
        int s = 0;
        double siteLeft = siteAmounts.get(0)[1];
        for (double[] periodAmount : periodAmounts) {
            double periodLeft = periodAmount[1];
            while (periodLeft > FLOW_EPSILON) {
                boolean lastSite = s == siteAmounts.size() - 1;
                double tonnes = lastSite ? periodLeft : Math.min(periodLeft, siteLeft);
                if (tonnes > FLOW_EPSILON) {
                    out.add((int) siteAmounts.get(s)[0], (int) periodAmount[0], tonnes);
                }
                periodLeft -= tonnes;
                siteLeft -= tonnes;
                if (siteLeft <= FLOW_EPSILON && !lastSite) {
                    siteLeft = siteAmounts.get(++s)[1];
                }
            }
        }
    }

    String supplyId(int s) {
        return problem.supplies().get(s).id();
    }

    String demandId(int d) {
        return problem.demands().get(d).id();
    }

    String hubId(int group) {
        return problem.storageHubs().get(hubOfGroup[group]).id();
    }
}
