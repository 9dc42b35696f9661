package no.sirkel.optimizer.timed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.sirkel.optimizer.problem.Demand;
import no.sirkel.optimizer.problem.DisposalSite;
import no.sirkel.optimizer.problem.HubProcess;
import no.sirkel.optimizer.problem.HubStock;
import no.sirkel.optimizer.problem.Parameters;
import no.sirkel.optimizer.problem.Periods;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.StorageHub;
import no.sirkel.optimizer.problem.Supply;
import no.sirkel.optimizer.problem.VirginSource;
import no.sirkel.optimizer.rules.Eligibility;

/**
 * Builds the {@link TimedModel} of a version 2 problem: periods, releases and needs by the day-count rule, every
 * distance and eligibility test of the contract's flow table computed once, then the rows and columns.
 */
final class TimedModelBuilder {

    private static final int NONE = -1;

    final Problem problem;
    final Periods periods;
    final FlowPricing pricing;
    final double[][] release;
    final double[][] need;
    final LinearModel.Builder lp = new LinearModel.Builder();

    final List<ColumnKind> kind = new ArrayList<>();
    final List<Integer> from = new ArrayList<>();
    final List<Integer> to = new ArrayList<>();
    final List<Integer> period = new ArrayList<>();
    final List<Integer> pair = new ArrayList<>();

    final List<Integer> hubOfGroup = new ArrayList<>();
    final List<String> materialOfGroup = new ArrayList<>();
    final List<Integer> classOfGroup = new ArrayList<>();
    final List<Double> initialOfGroup = new ArrayList<>();
    final List<Integer> poolSupply = new ArrayList<>();
    final List<Integer> poolGroup = new ArrayList<>();

    final List<String> pairFrom = new ArrayList<>();
    final List<String> pairTo = new ArrayList<>();
    final List<Double> pairFixedCost = new ArrayList<>();
    final List<Double> pairCapacity = new ArrayList<>();
    private final Map<String, Integer> pairIndex = new HashMap<>();
    final int[] openColumn;

    private final int periodCount;
    private final double largestFlow;
    private int[][] supplyRow;
    private int[][] demandRow;
    private int[][] groupRow;
    private int[][] capacityRow;
    private int[][] intakeRow;

    private TimedModelBuilder(Problem problem) {
        this.problem = problem;
        Parameters parameters = problem.parameters();
        this.periods = Periods.of(parameters.horizon(), parameters.periodLength());
        this.periodCount = periods.size();
        this.pricing = new FlowPricing(problem);
        this.release = new double[problem.supplies().size()][];
        for (int s = 0; s < release.length; s++) {
            Supply supply = problem.supplies().get(s);
            release[s] = periods.spread(supply.tonnes(), supply.availableFrom(), supply.availableTo());
        }
        this.need = new double[problem.demands().size()][];
        for (int d = 0; d < need.length; d++) {
            Demand demand = problem.demands().get(d);
            need[d] = periods.spread(demand.tonnes(), demand.neededFrom(), demand.neededTo());
        }
        double total = 0;
        for (double[] r : release) {
            total += sum(r);
        }
        for (StorageHub hub : problem.storageHubs()) {
            for (HubStock stock : hub.initialStock()) {
                total += stock.tonnes();
            }
        }
        this.largestFlow = Math.max(1, total);
        this.openColumn = new int[problem.storageHubs().size()];
    }

    static TimedModel build(Problem problem) {
        TimedModelBuilder builder = new TimedModelBuilder(problem);
        builder.addEverything();
        return new TimedModel(builder);
    }

    /** A supply that may go into a hub, with its road km. */
    private record Intake(int supply, int hub, double km) {
    }

    private void addEverything() {
        List<Intake> intakes = intakes();
        Map<String, Integer> groups = groups(intakes);
        supplyRow = new int[release.length][];
        for (int s = 0; s < release.length; s++) {
            supplyRow[s] = rows(release[s]);
        }
        demandRow = new int[need.length][];
        for (int d = 0; d < need.length; d++) {
            demandRow[d] = rows(need[d]);
        }
        groupRow = new int[hubOfGroup.size()][periodCount];
        for (int g = 0; g < groupRow.length; g++) {
            for (int p = 0; p < periodCount; p++) {
                double carried = p == 0 ? -initialOfGroup.get(g) : 0;
                groupRow[g][p] = lp.row(carried, carried);
            }
        }
        addHubRows(intakes);
        addPenalties();
        addMatches();
        addIntakes(intakes, groups);
        addDeliveries();
        addStock();
        addDisposal();
        addVirgin();
    }

    private int[] rows(double[] amounts) {
        int[] rows = new int[periodCount];
        for (int p = 0; p < periodCount; p++) {
            rows[p] = amounts[p] > 0 ? lp.row(amounts[p], amounts[p]) : NONE;
        }
        return rows;
    }

    private List<Intake> intakes() {
        Double maxHaulKm = problem.parameters().maxHaulKm();
        List<Intake> intakes = new ArrayList<>();
        for (int h = 0; h < problem.storageHubs().size(); h++) {
            StorageHub hub = problem.storageHubs().get(h);
            for (int s = 0; s < release.length; s++) {
                Supply supply = problem.supplies().get(s);
                if (!Eligibility.accepts(hub.accepts(), supply.material())
                        || !Eligibility.classFits(supply.contaminationClass(), hub.maxContaminationClass())) {
                    continue;
                }
                double km = pricing.km(supply.id(), hub.id());
                if (!Double.isNaN(km) && Eligibility.withinHaulLimits(km, maxHaulKm, null)) {
                    intakes.add(new Intake(s, h, km));
                }
            }
        }
        return intakes;
    }

    /** One stock group per hub, material and class that intake or initial stock can fill. */
    private Map<String, Integer> groups(List<Intake> intakes) {
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (int h = 0; h < problem.storageHubs().size(); h++) {
            for (HubStock stock : problem.storageHubs().get(h).initialStock()) {
                int g = group(groups, h, stock.material(), stock.contaminationClass());
                initialOfGroup.set(g, initialOfGroup.get(g) + stock.tonnes());
            }
        }
        for (Intake intake : intakes) {
            StorageHub hub = problem.storageHubs().get(intake.hub());
            Supply supply = problem.supplies().get(intake.supply());
            group(groups, intake.hub(), supply.material(), supply.contaminationClass());
            HubProcess process = FlowPricing.process(hub, supply.material());
            if (process != null) {
                group(groups, intake.hub(), process.to(), supply.contaminationClass());
            }
        }
        return groups;
    }

    private int group(Map<String, Integer> groups, int hub, String material, Integer contaminationClass) {
        return groups.computeIfAbsent(groupKey(hub, material, contaminationClass), key -> {
            hubOfGroup.add(hub);
            materialOfGroup.add(material);
            classOfGroup.add(contaminationClass);
            initialOfGroup.add(0.0);
            return hubOfGroup.size() - 1;
        });
    }

    private static String groupKey(int hub, String material, Integer contaminationClass) {
        return hub + "\n" + material + "\n" + contaminationClass;
    }

    /** Capacity rows per hub and period; for a candidate hub also the intake rows and its open column. */
    private void addHubRows(List<Intake> intakes) {
        int hubs = problem.storageHubs().size();
        capacityRow = new int[hubs][periodCount];
        intakeRow = new int[hubs][];
        for (int h = 0; h < hubs; h++) {
            StorageHub hub = problem.storageHubs().get(h);
            openColumn[h] = NONE;
            for (int p = 0; p < periodCount; p++) {
                capacityRow[h][p] = lp.row(Double.NEGATIVE_INFINITY, hub.isCandidate() ? 0 : hub.capacityTonnes());
            }
            if (!hub.isCandidate()) {
                continue;
            }
            double[] mostIntake = new double[periodCount];
            boolean[] counted = new boolean[release.length];
            for (Intake intake : intakes) {
                if (intake.hub() == h && !counted[intake.supply()]) {
                    counted[intake.supply()] = true;
                    for (int p = 0; p < periodCount; p++) {
                        mostIntake[p] += release[intake.supply()][p];
                    }
                }
            }
            intakeRow[h] = new int[periodCount];
            List<Integer> rows = new ArrayList<>();
            List<Double> coefficients = new ArrayList<>();
            for (int p = 0; p < periodCount; p++) {
                rows.add(capacityRow[h][p]);
                coefficients.add(-hub.capacityTonnes());
                intakeRow[h][p] = mostIntake[p] > 0 ? lp.row(Double.NEGATIVE_INFINITY, 0) : NONE;
                if (mostIntake[p] > 0) {
                    rows.add(intakeRow[h][p]);
                    coefficients.add(-mostIntake[p]);
                }
            }
            openColumn[h] = column(ColumnKind.OPEN, h, h, NONE, NONE, pricing.openingCost(hub), 1,
                    rows.stream().mapToInt(Integer::intValue).toArray(),
                    coefficients.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    private void addPenalties() {
        for (int s = 0; s < release.length; s++) {
            for (int p = 0; p < periodCount; p++) {
                if (supplyRow[s][p] != NONE) {
                    column(ColumnKind.UNPLACED, s, NONE, p, NONE, pricing.unplacedPenaltyPerTonne(), release[s][p],
                            new int[] {supplyRow[s][p]}, new double[] {1});
                }
            }
        }
        for (int d = 0; d < need.length; d++) {
            for (int p = 0; p < periodCount; p++) {
                if (demandRow[d][p] != NONE) {
                    column(ColumnKind.UNMET, NONE, d, p, NONE, pricing.unmetPenaltyPerTonne(), need[d][p],
                            new int[] {demandRow[d][p]}, new double[] {1});
                }
            }
        }
    }

    private void addMatches() {
        Double maxHaulKm = problem.parameters().maxHaulKm();
        double c = pricing.costPerTonneKm();
        for (int s = 0; s < release.length; s++) {
            Supply supply = problem.supplies().get(s);
            for (int d = 0; d < need.length; d++) {
                Demand demand = problem.demands().get(d);
                if (!Eligibility.accepts(demand.accepts(), supply.material())
                        || !Eligibility.classFits(supply.contaminationClass(), demand.maxContaminationClass())
                        || !overlaps(release[s], need[d])) {
                    continue;
                }
                double km = pricing.km(supply.id(), demand.id());
                if (Double.isNaN(km) || !Eligibility.withinHaulLimits(km, maxHaulKm, demand.maxHaulKm())) {
                    continue;
                }
                double capacity = 0;
                for (int p = 0; p < periodCount; p++) {
                    capacity += Math.min(release[s][p], need[d][p]);
                }
                int q = pair(supply.id(), demand.id(), capacity);
                for (int p = 0; p < periodCount; p++) {
                    if (release[s][p] > 0 && need[d][p] > 0) {
                        column(ColumnKind.MATCH, s, d, p, q, c * km, Math.min(release[s][p], need[d][p]),
                                new int[] {supplyRow[s][p], demandRow[d][p]}, new double[] {1, 1});
                    }
                }
            }
        }
    }

    private static boolean overlaps(double[] a, double[] b) {
        for (int p = 0; p < a.length; p++) {
            if (a[p] > 0 && b[p] > 0) {
                return true;
            }
        }
        return false;
    }

    private void addIntakes(List<Intake> intakes, Map<String, Integer> groups) {
        double c = pricing.costPerTonneKm();
        for (Intake intake : intakes) {
            int s = intake.supply();
            int h = intake.hub();
            StorageHub hub = problem.storageHubs().get(h);
            Supply supply = problem.supplies().get(s);
            int q = pair(supply.id(), hub.id(), sum(release[s]));
            HubProcess process = FlowPricing.process(hub, supply.material());
            addIntake(s, h, groups.get(groupKey(h, supply.material(), supply.contaminationClass())), q,
                    c * intake.km() + pricing.intakeFeePerTonne(hub, null));
            if (process != null) {
                addIntake(s, h, groups.get(groupKey(h, process.to(), supply.contaminationClass())), q,
                        c * intake.km() + pricing.intakeFeePerTonne(hub, process));
            }
        }
    }

    private void addIntake(int s, int h, int g, int q, double costPerTonne) {
        for (int p = 0; p < periodCount; p++) {
            if (supplyRow[s][p] == NONE) {
                continue;
            }
            boolean candidate = intakeRow[h] != null;
            int[] rows = candidate ? new int[] {supplyRow[s][p], groupRow[g][p], intakeRow[h][p]}
                    : new int[] {supplyRow[s][p], groupRow[g][p]};
            double[] coefficients = candidate ? new double[] {1, 1, 1} : new double[] {1, 1};
            column(ColumnKind.TO_HUB, s, g, p, q, costPerTonne, release[s][p], rows, coefficients);
        }
    }

    private void addDeliveries() {
        Double maxHaulKm = problem.parameters().maxHaulKm();
        double c = pricing.costPerTonneKm();
        for (int g = 0; g < hubOfGroup.size(); g++) {
            StorageHub hub = problem.storageHubs().get(hubOfGroup.get(g));
            for (int d = 0; d < need.length; d++) {
                Demand demand = problem.demands().get(d);
                if (!Eligibility.accepts(demand.accepts(), materialOfGroup.get(g))
                        || !Eligibility.classFits(classOfGroup.get(g), demand.maxContaminationClass())) {
                    continue;
                }
                double km = pricing.km(hub.id(), demand.id());
                if (Double.isNaN(km) || !Eligibility.withinHaulLimits(km, maxHaulKm, demand.maxHaulKm())) {
                    continue;
                }
                int q = pair(hub.id(), demand.id(), sum(need[d]));
                for (int p = 0; p < periodCount; p++) {
                    if (demandRow[d][p] != NONE) {
                        column(ColumnKind.FROM_HUB, g, d, p, q, c * km, need[d][p],
                                new int[] {groupRow[g][p], demandRow[d][p]}, new double[] {-1, 1});
                    }
                }
            }
        }
    }

    private void addStock() {
        for (int g = 0; g < hubOfGroup.size(); g++) {
            int h = hubOfGroup.get(g);
            double capacity = problem.storageHubs().get(h).capacityTonnes();
            for (int p = 0; p < periodCount; p++) {
                boolean last = p == periodCount - 1;
                double most = last ? Math.min(capacity, initialOfGroup.get(g)) : capacity;
                int[] rows = last ? new int[] {groupRow[g][p], capacityRow[h][p]}
                        : new int[] {groupRow[g][p], groupRow[g][p + 1], capacityRow[h][p]};
                double[] coefficients = last ? new double[] {-1, 1} : new double[] {-1, 1, 1};
                column(ColumnKind.STOCK, g, NONE, p, NONE, 0, most, rows, coefficients);
            }
        }
    }

    private void addDisposal() {
        double c = pricing.costPerTonneKm();
        int[] siteRow = capacityRows(problem.disposalSites().stream().map(DisposalSite::capacityTonnes).toList());
        for (int s = 0; s < release.length; s++) {
            Supply supply = problem.supplies().get(s);
            addPool(s, NONE, supply.id(), supply.material(), supply.contaminationClass(), sum(release[s]), c, siteRow);
        }
        for (int g = 0; g < hubOfGroup.size(); g++) {
            addPool(NONE, g, problem.storageHubs().get(hubOfGroup.get(g)).id(), materialOfGroup.get(g),
                    classOfGroup.get(g), largestFlow, c, siteRow);
        }
    }

    /** A supply's or hub group's disposal pool, where it has an eligible landfill. */
    private void addPool(int s, int g, String fromId, String material, Integer contaminationClass, double most,
                         double c, int[] siteRow) {
        List<Integer> sites = new ArrayList<>();
        List<Double> kms = new ArrayList<>();
        for (int l = 0; l < problem.disposalSites().size(); l++) {
            DisposalSite site = problem.disposalSites().get(l);
            if (Eligibility.accepts(site.accepts(), material)
                    && Eligibility.classFits(contaminationClass, site.maxContaminationClass())) {
                double km = pricing.km(fromId, site.id());
                if (!Double.isNaN(km)) {
                    sites.add(l);
                    kms.add(km);
                }
            }
        }
        if (sites.isEmpty()) {
            return;
        }
        int pool = poolSupply.size();
        poolSupply.add(s);
        poolGroup.add(g);
        int poolRow = lp.row(0, 0);
        for (int p = 0; p < periodCount; p++) {
            if (s != NONE && supplyRow[s][p] != NONE) {
                column(ColumnKind.INTO_DISPOSAL_POOL, s, pool, p, NONE, 0, release[s][p],
                        new int[] {supplyRow[s][p], poolRow}, new double[] {1, 1});
            } else if (g != NONE) {
                column(ColumnKind.INTO_DISPOSAL_POOL, g, pool, p, NONE, 0, largestFlow,
                        new int[] {groupRow[g][p], poolRow}, new double[] {-1, 1});
            }
        }
        for (int i = 0; i < sites.size(); i++) {
            int l = sites.get(i);
            double costPerTonne = c * kms.get(i) + pricing.gateFeePerTonne(problem.disposalSites().get(l));
            column(ColumnKind.DISPOSAL, pool, l, NONE, NONE, costPerTonne, most, siteRows(poolRow, siteRow[l]),
                    siteCoefficients(siteRow[l]));
        }
    }

    private void addVirgin() {
        double c = pricing.costPerTonneKm();
        int[] sourceRow = capacityRows(problem.virginSources().stream().map(VirginSource::capacityTonnes).toList());
        for (int d = 0; d < need.length; d++) {
            Demand demand = problem.demands().get(d);
            int poolRow = NONE;
            for (int q = 0; q < problem.virginSources().size(); q++) {
                VirginSource source = problem.virginSources().get(q);
                if (source.materials().stream().noneMatch(m -> Eligibility.accepts(demand.accepts(), m))) {
                    continue;
                }
                double km = pricing.km(source.id(), demand.id());
                if (Double.isNaN(km)) {
                    continue;
                }
                if (poolRow == NONE) {
                    poolRow = lp.row(0, 0);
                    for (int p = 0; p < periodCount; p++) {
                        if (demandRow[d][p] != NONE) {
                            column(ColumnKind.FROM_VIRGIN_POOL, d, d, p, NONE, 0, need[d][p],
                                    new int[] {demandRow[d][p], poolRow}, new double[] {1, 1});
                        }
                    }
                }
                column(ColumnKind.VIRGIN, q, d, NONE, NONE, c * km + pricing.pricePerTonne(source), sum(need[d]),
                        siteRows(poolRow, sourceRow[q]), siteCoefficients(sourceRow[q]));
            }
        }
    }

    private int[] capacityRows(List<Double> capacities) {
        int[] rows = new int[capacities.size()];
        for (int i = 0; i < rows.length; i++) {
            Double capacity = capacities.get(i);
            rows[i] = capacity == null ? NONE : lp.row(Double.NEGATIVE_INFINITY, capacity);
        }
        return rows;
    }

    private static int[] siteRows(int poolRow, int capacityRow) {
        return capacityRow == NONE ? new int[] {poolRow} : new int[] {poolRow, capacityRow};
    }

    private static double[] siteCoefficients(int capacityRow) {
        return capacityRow == NONE ? new double[] {-1} : new double[] {-1, 1};
    }

    private int pair(String fromId, String toId, double capacity) {
        return pairIndex.computeIfAbsent(fromId + "\n" + toId, key -> {
            pairFrom.add(fromId);
            pairTo.add(toId);
            pairFixedCost.add(pricing.fixedCost(fromId, toId));
            pairCapacity.add(Math.max(capacity, TimedModel.FLOW_EPSILON));
            return pairFrom.size() - 1;
        });
    }

    private int column(ColumnKind columnKind, int fromIndex, int toIndex, int periodIndex, int pairIndex,
                       double costPerTonne, double most, int[] rows, double[] coefficients) {
        kind.add(columnKind);
        from.add(fromIndex);
        to.add(toIndex);
        period.add(periodIndex);
        pair.add(pairIndex);
        return lp.column(costPerTonne, 0, most, rows, coefficients);
    }

    private static double sum(double[] values) {
        return Arrays.stream(values).sum();
    }
}
