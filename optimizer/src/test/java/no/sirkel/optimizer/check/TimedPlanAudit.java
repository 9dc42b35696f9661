package no.sirkel.optimizer.check;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

import no.sirkel.optimizer.check.ContractProblem.Demand;
import no.sirkel.optimizer.check.ContractProblem.DisposalSite;
import no.sirkel.optimizer.check.ContractProblem.Fallback;
import no.sirkel.optimizer.check.ContractProblem.Supply;
import no.sirkel.optimizer.check.ContractProblem.VirginSource;
import no.sirkel.optimizer.check.TimedProblem.Hub;
import no.sirkel.optimizer.check.TimedProblem.Process;
import no.sirkel.optimizer.check.TimedProblem.Stock;
import tools.jackson.databind.JsonNode;

/**
 * One check of a version 2 plan against its problem. The plan's {@code flows} are authoritative: from them alone it
 * recomputes every balance (supply release, demand need, hub stock ≥ 0, hub capacity, end stock ≤ initial, landfill
 * and quarry capacity over the horizon), the eligibility and km of every flow, every cost part and total, truck trips
 * and the reuse rate, and then compares every other field of the plan with what the flows imply.
 *
 * <p>The baseline is checked only where no landfill or quarry has a capacity: it is then every release sent to its
 * cheapest landfill and every need bought at its cheapest quarry; with capacities it is a min-cost flow this checker
 * does not solve.
 */
final class TimedPlanAudit {

    private static final List<String> KINDS = List.of("MATCH", "TO_HUB", "FROM_HUB", "DISPOSAL", "VIRGIN");

    /** A flow as read and found eligible. */
    private record Flow(String kind, String from, String to, int period, Stock stock, double tonnes, double km) {
    }

    /** Tonnes, km and per-flow truck trips summed over the flows of one pair (or one supply/site, demand/source). */
    private static final class Group {
        final String first;
        final String second;
        final double km;
        double tonnes;
        long mostTrips;

        Group(String first, String second, double km) {
            this.first = first;
            this.second = second;
            this.km = km;
        }
    }

    private final TimedProblem problem;
    private final ContractProblem base;
    private final JsonNode plan;
    private final List<Violation> violations = new ArrayList<>();
    private final FieldReader reader = new FieldReader(violations);
    private final int periodCount;

    private final List<Flow> flows = new ArrayList<>();
    private final Map<String, double[]> supplyOut = new HashMap<>();
    private final Map<String, double[]> demandIn = new HashMap<>();
    /** Per hub and stock: what comes in minus what goes out, per period. */
    private final Map<String, Map<Stock, double[]>> hubChange = new HashMap<>();
    private final Map<String, Double> hubIn = new HashMap<>();
    private final Map<String, Double> hubOut = new HashMap<>();
    private final Map<String, Double> disposedAt = new HashMap<>();
    private final Map<String, Double> boughtFrom = new HashMap<>();
    private final Set<String> usedPairs = new HashSet<>();
    private final Set<String> openedHubs = new HashSet<>();
    private final Map<String, Group> matches = new LinkedHashMap<>();
    private final Map<String, Group> disposals = new LinkedHashMap<>();
    private final Map<String, Group> virginDeliveries = new LinkedHashMap<>();

    private double transportCost;
    private double fixedCost;
    private double disposalCost;
    private double virginCost;
    private double handlingCost;
    private double openingCost;
    private double penaltyCost;
    private double tonneKm;
    private double reusedTonnes;
    private double hubThroughputTonnes;
    /** Σ r(s, p): the supplies' tonnes released within the horizon. */
    private double supplyReleased;
    private final TruckTrips truckTrips;

    TimedPlanAudit(TimedProblem problem, JsonNode plan) {
        this.problem = problem;
        this.base = problem.base();
        this.plan = plan;
        this.periodCount = problem.periods().size();
        this.truckTrips = new TruckTrips(base.parameters().truckPayloadTonnes());
    }

    List<Violation> run() {
        if (plan == null || !plan.isObject()) {
            reader.add("plan", "must be a JSON object");
            return violations;
        }
        String name = reader.optionalText(plan, "problem", "");
        if (base.name() != null && !base.name().equals(name)) {
            reader.add("problem", "is " + FieldReader.quoted(name) + ", expected " + FieldReader.quoted(base.name()));
        }
        checkPeriods();
        List<JsonNode> flowNodes = reader.list(plan, "flows", "");
        if (FieldReader.absent(plan, "flows")) {
            reader.add("flows", "is missing: a version 2 plan lists its flows");
        }
        for (int i = 0; i < flowNodes.size(); i++) {
            if (flowNodes.get(i) != null) {
                readFlow(flowNodes.get(i), "flows[" + i + "]");
            }
        }
        for (Flow flow : flows) {
            account(flow);
        }
        checkSupplies();
        checkDemands();
        checkHubs();
        checkSiteCapacities();
        checkGroups("matches", "supply", "demand", matches, true);
        checkGroups("disposals", "supply", "site", disposals, false);
        checkGroups("virginDeliveries", "demand", "source", virginDeliveries, false);
        checkTotals();
        checkBaselineAndBounds();
        return violations;
    }

    /** The total cost the flows imply, in the objective's unit. */
    double cost() {
        return transportCost + fixedCost + disposalCost + virginCost + handlingCost + openingCost + penaltyCost;
    }

    private void checkPeriods() {
        List<String> expected = problem.periods().stream().map(period -> period.first().toString()).toList();
        JsonNode periods = plan.get("periods");
        List<String> actual = new ArrayList<>();
        if (periods != null && periods.isArray()) {
            periods.forEach(period -> actual.add(period.isString() ? period.stringValue() : period.toString()));
        }
        if (!actual.equals(expected)) {
            reader.add("periods", "is " + actual + ", expected " + expected);
        }
    }

    private void readFlow(JsonNode node, String at) {
        String kind = reader.requiredText(node, "kind", at);
        String from = reader.requiredText(node, "from", at);
        String to = reader.requiredText(node, "to", at);
        String periodText = reader.requiredText(node, "period", at);
        Double tonnes = reader.requiredNumber(node, "tonnes", at);
        Double km = reader.requiredNumber(node, "km", at);
        if (kind == null || from == null || to == null || periodText == null || tonnes == null || km == null) {
            return;
        }
        if (!KINDS.contains(kind)) {
            reader.add(at + ".kind", "is " + FieldReader.quoted(kind) + ", must be one of " + KINDS);
            return;
        }
        int period = -1;
        try {
            period = problem.periodIndex(LocalDate.parse(periodText));
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (period < 0) {
            reader.add(at + ".period", "is " + FieldReader.quoted(periodText) + ", not the first day of a period");
            return;
        }
        if (!(tonnes > 0)) {
            reader.add(at + ".tonnes", "is " + Tolerance.format(tonnes) + ", must be > 0");
            return;
        }
        Stock stock = eligibleStock(kind, from, to, node, at);
        if (stock == null) {
            return;
        }
        OptionalDouble expectedKm = km(from, to);
        if (expectedKm.isEmpty()) {
            reader.add(at, "joins " + from + " and " + to + ", which no route and no positions connect");
            return;
        }
        reader.expectClose(at + ".km", km, expectedKm.getAsDouble());
        if (!haulAllowed(kind, to, expectedKm.getAsDouble())) {
            reader.add(at + ".km", "is " + Tolerance.format(expectedKm.getAsDouble()) + ", above the haul limit for "
                    + from + " → " + to);
            return;
        }
        Flow flow = new Flow(kind, from, to, period, stock, tonnes, expectedKm.getAsDouble());
        flows.add(flow);
        checkFlowFigures(node, at, flow);
    }

    /**
     * The stock the flow stores, draws or disposes from a hub (a placeholder for flows that touch none), or null where
     * the flow is not eligible (reported).
     */
    private Stock eligibleStock(String kind, String from, String to, JsonNode node, String at) {
        String material = reader.optionalText(node, "material", at);
        Integer contaminationClass = reader.optionalClass(node, "contaminationClass", at);
        boolean processed = node.path("processed").asBoolean(false);
        Stock none = new Stock("", null);
        switch (kind) {
            case "MATCH" -> {
                Supply supply = known(problem.supply(from), at + ".from", from, "supply");
                Demand demand = known(problem.demand(to), at + ".to", to, "demand");
                if (supply == null || demand == null) {
                    return null;
                }
                return fits(supply.material(), supply.contaminationClass(), demand.accepts(),
                        demand.maxContaminationClass(), at, to) ? none : null;
            }
            case "TO_HUB" -> {
                Supply supply = known(problem.supply(from), at + ".from", from, "supply");
                Hub hub = known(problem.hub(to), at + ".to", to, "storage hub");
                if (supply == null || hub == null
                        || !fits(supply.material(), supply.contaminationClass(), hub.accepts(),
                        hub.maxContaminationClass(), at, to)) {
                    return null;
                }
                Process process = hub.processes().get(supply.material());
                boolean asIs = supply.material().equals(material) && !processed;
                boolean asProcessed = process != null && process.to().equals(material) && processed;
                if (!asIs && !asProcessed) {
                    reader.add(at + ".material", "is " + FieldReader.quoted(material) + (processed ? " processed" : "")
                            + ", but " + to + " stores " + supply.material() + " as is"
                            + (process == null ? "" : " or processed into " + process.to()));
                    return null;
                }
                if (!Objects.equals(contaminationClass, supply.contaminationClass())) {
                    reader.add(at + ".contaminationClass", "is " + contaminationClass + ", expected the supply's "
                            + supply.contaminationClass());
                    return null;
                }
                return new Stock(material, contaminationClass);
            }
            case "FROM_HUB" -> {
                Hub hub = known(problem.hub(from), at + ".from", from, "storage hub");
                Demand demand = known(problem.demand(to), at + ".to", to, "demand");
                if (hub == null || demand == null || !stockGiven(material, at)) {
                    return null;
                }
                return fits(material, contaminationClass, demand.accepts(), demand.maxContaminationClass(), at, to)
                        ? new Stock(material, contaminationClass) : null;
            }
            case "DISPOSAL" -> {
                DisposalSite site = known(problem.disposalSite(to), at + ".to", to, "disposal site");
                Supply supply = problem.supply(from);
                Hub hub = problem.hub(from);
                if (site == null) {
                    return null;
                }
                if (supply != null) {
                    return fits(supply.material(), supply.contaminationClass(), site.accepts(),
                            site.maxContaminationClass(), at, to) ? none : null;
                }
                if (hub != null) {
                    if (!stockGiven(material, at)) {
                        return null;
                    }
                    return fits(material, contaminationClass, site.accepts(), site.maxContaminationClass(), at, to)
                            ? new Stock(material, contaminationClass) : null;
                }
                reader.add(at + ".from", "is " + FieldReader.quoted(from) + ", no supply or storage hub");
                return null;
            }
            default -> {
                VirginSource source = known(problem.virginSource(from), at + ".from", from, "virgin source");
                Demand demand = known(problem.demand(to), at + ".to", to, "demand");
                if (source == null || demand == null) {
                    return null;
                }
                if (source.materials().stream().noneMatch(demand.accepts()::contains)) {
                    reader.add(at, from + " sells nothing " + to + " accepts");
                    return null;
                }
                return none;
            }
        }
    }

    private <T> T known(T place, String field, String id, String noun) {
        if (place == null) {
            reader.add(field, "is " + FieldReader.quoted(id) + ", no " + noun + " of the problem");
        }
        return place;
    }

    private boolean stockGiven(String material, String at) {
        if (material == null) {
            reader.add(at + ".material", "is missing: a flow out of a hub names the stock it takes");
            return false;
        }
        return true;
    }

    private boolean fits(String material, Integer contaminationClass, Set<String> accepts, Integer maxClass,
                         String at, String to) {
        if (!TimedProblem.accepts(accepts, material)) {
            reader.add(at, to + " does not accept " + material);
            return false;
        }
        if (!TimedProblem.classFits(contaminationClass, maxClass)) {
            reader.add(at, "class " + contaminationClass + " is above " + to + "'s maximum " + maxClass);
            return false;
        }
        return true;
    }

    private OptionalDouble km(String from, String to) {
        return problem.km(from, position(from), to, position(to));
    }

    private ContractProblem.Position position(String id) {
        if (problem.supply(id) != null) {
            return problem.supply(id).position();
        }
        if (problem.demand(id) != null) {
            return problem.demand(id).position();
        }
        if (problem.disposalSite(id) != null) {
            return problem.disposalSite(id).position();
        }
        if (problem.virginSource(id) != null) {
            return problem.virginSource(id).position();
        }
        return problem.hub(id) == null ? null : problem.hub(id).position();
    }

    /** Haul limits: matches and hub deliveries within both limits, hub intake within the problem's; none on the rest. */
    private boolean haulAllowed(String kind, String to, double km) {
        return switch (kind) {
            case "MATCH", "FROM_HUB" -> problem.withinHaul(km, problem.demand(to).maxHaulKm());
            case "TO_HUB" -> problem.withinHaul(km, null);
            default -> true;
        };
    }

    /** Per-tonne fees of a flow in the objective's unit: handling and processing, gate fee or virgin price. */
    private double feePerTonne(Flow flow) {
        return switch (flow.kind()) {
            case "TO_HUB" -> {
                Hub hub = problem.hub(flow.to());
                Process process = hub.processes().get(problem.supply(flow.from()).material());
                boolean processed = process != null && process.to().equals(flow.stock().material());
                yield base.objectiveFee(hub.handlingFeePerTonne() + (processed ? process.feePerTonne() : 0));
            }
            case "DISPOSAL" -> base.objectiveFee(problem.disposalSite(flow.to()).gateFeePerTonne());
            case "VIRGIN" -> base.objectiveFee(problem.virginSource(flow.from()).pricePerTonne());
            default -> 0;
        };
    }

    /** A flow's own truck trips, cost (per-tonne parts only) and CO2, where the plan gives them. */
    private void checkFlowFigures(JsonNode node, String at, Flow flow) {
        if (!FieldReader.absent(node, "truckTrips")) {
            TruckTrips trips = TruckTrips.of(base.parameters().truckPayloadTonnes(), flow.tonnes());
            double reported = node.get("truckTrips").asDouble();
            if (!trips.allows(reported)) {
                reader.add(at + ".truckTrips", "is " + Tolerance.format(reported) + ", expected " + trips.describe());
            }
        }
        if (!FieldReader.absent(node, "cost")) {
            reader.expectClose(at + ".cost", node.get("cost").asDouble(),
                    (base.unitCost() * flow.km() + feePerTonne(flow)) * flow.tonnes());
        }
        if (!FieldReader.absent(node, "co2Kg")) {
            reader.expectClose(at + ".co2Kg", node.get("co2Kg").asDouble(),
                    flow.tonnes() * flow.km() * base.parameters().co2KgPerTonneKm());
        }
    }

    private void account(Flow flow) {
        double tonnes = flow.tonnes();
        transportCost += base.unitCost() * flow.km() * tonnes;
        tonneKm += flow.km() * tonnes;
        truckTrips.add(tonnes);
        double fees = feePerTonne(flow) * tonnes;
        switch (flow.kind()) {
            case "MATCH" -> {
                out(flow.from(), flow.period(), tonnes);
                in(flow.to(), flow.period(), tonnes);
                usePair(flow);
                reusedTonnes += tonnes;
                group(matches, flow);
            }
            case "TO_HUB" -> {
                out(flow.from(), flow.period(), tonnes);
                hubChange(flow.to(), flow.stock(), flow.period(), tonnes);
                hubIn.merge(flow.to(), tonnes, Double::sum);
                hubThroughputTonnes += tonnes;
                handlingCost += fees;
                usePair(flow);
                openedHubs.add(flow.to());
            }
            case "FROM_HUB" -> {
                hubChange(flow.from(), flow.stock(), flow.period(), -tonnes);
                hubOut.merge(flow.from(), tonnes, Double::sum);
                in(flow.to(), flow.period(), tonnes);
                reusedTonnes += tonnes;
                usePair(flow);
                openedHubs.add(flow.from());
            }
            case "DISPOSAL" -> {
                if (problem.hub(flow.from()) != null) {
                    hubChange(flow.from(), flow.stock(), flow.period(), -tonnes);
                    hubOut.merge(flow.from(), tonnes, Double::sum);
                    openedHubs.add(flow.from());
                } else {
                    out(flow.from(), flow.period(), tonnes);
                }
                disposedAt.merge(flow.to(), tonnes, Double::sum);
                disposalCost += fees;
                group(disposals, flow);
            }
            default -> {
                in(flow.to(), flow.period(), tonnes);
                boughtFrom.merge(flow.from(), tonnes, Double::sum);
                virginCost += fees;
                group(virginDeliveries, flow);
            }
        }
    }

    private void out(String supply, int period, double tonnes) {
        supplyOut.computeIfAbsent(supply, id -> new double[periodCount])[period] += tonnes;
    }

    private void in(String demand, int period, double tonnes) {
        demandIn.computeIfAbsent(demand, id -> new double[periodCount])[period] += tonnes;
    }

    private void hubChange(String hub, Stock stock, int period, double tonnes) {
        hubChange.computeIfAbsent(hub, id -> new HashMap<>())
                .computeIfAbsent(stock, s -> new double[periodCount])[period] += tonnes;
    }

    private void usePair(Flow flow) {
        if (usedPairs.add(flow.from() + " → " + flow.to())) {
            fixedCost += base.fixedCost(flow.from(), flow.to());
        }
    }

    private void group(Map<String, Group> groups, Flow flow) {
        boolean virgin = flow.kind().equals("VIRGIN");
        String first = virgin ? flow.to() : flow.from();
        String second = virgin ? flow.from() : flow.to();
        Group group = groups.computeIfAbsent(first + " → " + second, key -> new Group(first, second, flow.km()));
        group.tonnes += flow.tonnes();
        group.mostTrips += TruckTrips.of(base.parameters().truckPayloadTonnes(), flow.tonnes()).most();
    }

    /** Each supply sends at most its release per period; the rest is unplaced and pays the penalty. */
    private void checkSupplies() {
        Map<String, Double> expectedUnplaced = new LinkedHashMap<>();
        double released = 0;
        for (Supply supply : base.supplies()) {
            double[] out = supplyOut.getOrDefault(supply.id(), new double[periodCount]);
            for (int p = 0; p < periodCount; p++) {
                double release = problem.release(supply, p);
                released += release;
                if (!Tolerance.atMost(out[p], release)) {
                    reader.add("flows", supply.id() + " sends " + Tolerance.format(out[p]) + " t in "
                            + periodName(p) + ", more than its release " + Tolerance.format(release));
                }
                double unplaced = Math.max(0, release - out[p]);
                penaltyCost += unplaced * base.parameters().unplacedPenaltyPerTonne();
                expectedUnplaced.put(supply.id() + " @ " + periodName(p), unplaced);
            }
        }
        supplyReleased = released;
        checkRests("unplaced", "supply", expectedUnplaced);
    }

    private void checkDemands() {
        Map<String, Double> expectedUnmet = new LinkedHashMap<>();
        for (Demand demand : base.demands()) {
            double[] in = demandIn.getOrDefault(demand.id(), new double[periodCount]);
            for (int p = 0; p < periodCount; p++) {
                double need = problem.need(demand, p);
                if (!Tolerance.atMost(in[p], need)) {
                    reader.add("flows", demand.id() + " receives " + Tolerance.format(in[p]) + " t in "
                            + periodName(p) + ", more than its need " + Tolerance.format(need));
                }
                double unmet = Math.max(0, need - in[p]);
                penaltyCost += unmet * base.parameters().unmetPenaltyPerTonne();
                expectedUnmet.put(demand.id() + " @ " + periodName(p), unmet);
            }
        }
        checkRests("unmet", "demand", expectedUnmet);
    }

    /** The plan's unplaced or unmet list against the rests the flows leave, entry by entry (0 where not listed). */
    private void checkRests(String list, String holderKey, Map<String, Double> expected) {
        Map<String, Double> reported = new HashMap<>();
        List<JsonNode> entries = reader.list(plan, list, "");
        if (FieldReader.absent(plan, list)) {
            reader.add(list, "is missing");
        }
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String at = list + "[" + i + "]";
            if (entry == null) {
                continue;
            }
            String holder = reader.requiredText(entry, holderKey, at);
            String period = reader.requiredText(entry, "period", at);
            Double tonnes = reader.requiredNumber(entry, "tonnes", at);
            if (holder == null || period == null || tonnes == null) {
                continue;
            }
            String key = holder + " @ " + period;
            if (!expected.containsKey(key)) {
                reader.add(at, "names " + key + ", no " + holderKey + " and period of the problem");
            } else if (reported.put(key, tonnes) != null) {
                reader.add(at, "repeats " + key);
            } else {
                reader.expectClose(at + ".tonnes", tonnes, expected.get(key));
            }
        }
        expected.forEach((key, tonnes) -> {
            if (!reported.containsKey(key) && !Tolerance.close(tonnes, 0)) {
                reader.add(list, "lacks " + key + ": " + Tolerance.format(tonnes) + " t");
            }
        });
    }

    /** Stock per (material, class) never below 0, all of it within capacity, and none left above the initial. */
    private void checkHubs() {
        Map<String, JsonNode> reported = new HashMap<>();
        List<JsonNode> entries = reader.list(plan, "hubs", "");
        if (FieldReader.absent(plan, "hubs")) {
            reader.add("hubs", "is missing");
        }
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String hub = entry == null ? null : reader.requiredText(entry, "hub", "hubs[" + i + "]");
            if (hub != null && problem.hub(hub) == null) {
                reader.add("hubs[" + i + "].hub", "is " + FieldReader.quoted(hub) + ", no storage hub of the problem");
            } else if (hub != null) {
                reported.put(hub, entry);
            }
        }
        for (int h = 0; h < problem.hubs().size(); h++) {
            Hub hub = problem.hubs().get(h);
            double[] total = hubStock(hub);
            boolean opened = !hub.candidate() || openedHubs.contains(hub.id());
            if (hub.candidate() && opened) {
                openingCost += base.objectiveFee(hub.openingCost());
            }
            JsonNode entry = reported.get(hub.id());
            if (entry == null) {
                reader.add("hubs", "lacks " + hub.id());
                continue;
            }
            String at = "hubs[" + indexOf(entries, entry) + "]";
            if (entry.path("opened").asBoolean(!opened) != opened) {
                reader.add(at + ".opened", "is " + entry.path("opened") + ", expected " + opened);
            }
            reader.expectField(entry, at, "inTonnes", hubIn.getOrDefault(hub.id(), 0.0));
            reader.expectField(entry, at, "outTonnes", hubOut.getOrDefault(hub.id(), 0.0));
            JsonNode stock = entry.get("stock");
            for (int p = 0; p < periodCount; p++) {
                JsonNode level = stock == null ? null : stock.get(p);
                if (level == null || !periodName(p).equals(level.path("period").asString(null))) {
                    reader.add(at + ".stock[" + p + "]", "is missing the stock at the end of " + periodName(p));
                } else {
                    reader.expectField(level, at + ".stock[" + p + "]", "tonnes", total[p]);
                }
            }
        }
    }

    private static int indexOf(List<JsonNode> entries, JsonNode entry) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == entry) {
                return i;
            }
        }
        return -1;
    }

    /** The hub's stock at the end of each period, all materials together; reports every broken stock rule. */
    private double[] hubStock(Hub hub) {
        Map<Stock, double[]> changes = hubChange.getOrDefault(hub.id(), Map.of());
        Set<Stock> kinds = new HashSet<>(changes.keySet());
        kinds.addAll(hub.initialStock().keySet());
        double[] total = new double[periodCount];
        for (Stock kind : kinds) {
            double initial = hub.initialStock().getOrDefault(kind, 0.0);
            double level = initial;
            double[] change = changes.getOrDefault(kind, new double[periodCount]);
            for (int p = 0; p < periodCount; p++) {
                double before = level;
                level += change[p];
                if (level < -Tolerance.allowance(Math.max(before, -change[p]))) {
                    reader.add("flows", hub.id() + " holds " + Tolerance.format(level) + " t of " + describe(kind)
                            + " at the end of " + periodName(p) + ": stock must not fall below 0");
                }
                total[p] += level;
            }
            if (!Tolerance.atMost(level, initial)) {
                reader.add("flows", hub.id() + " ends with " + Tolerance.format(level) + " t of " + describe(kind)
                        + ", more than the " + Tolerance.format(initial) + " t it began with");
            }
        }
        for (int p = 0; p < periodCount; p++) {
            if (!Tolerance.atMost(total[p], hub.capacityTonnes())) {
                reader.add("flows", hub.id() + " holds " + Tolerance.format(total[p]) + " t at the end of "
                        + periodName(p) + ", more than its capacity " + Tolerance.format(hub.capacityTonnes()));
            }
        }
        return total;
    }

    private void checkSiteCapacities() {
        disposedAt.forEach((site, tonnes) -> {
            Double capacity = problem.disposalCapacity(site);
            if (capacity != null && !Tolerance.atMost(tonnes, capacity)) {
                reader.add("flows", site + " takes " + Tolerance.format(tonnes) + " t, more than its capacity "
                        + Tolerance.format(capacity));
            }
        });
        boughtFrom.forEach((source, tonnes) -> {
            Double capacity = problem.virginCapacity(source);
            if (capacity != null && !Tolerance.atMost(tonnes, capacity)) {
                reader.add("flows", source + " sells " + Tolerance.format(tonnes) + " t, more than its capacity "
                        + Tolerance.format(capacity));
            }
        });
    }

    /**
     * Version 1's lists as sums of the flows per pair: tonnes, km, and for matches the cost (transport and the pair's
     * fixed cost) and CO2. Truck trips may count the summed tonnes or each flow (the contract does not say which).
     */
    private void checkGroups(String list, String firstKey, String secondKey, Map<String, Group> expected,
                             boolean withCost) {
        Set<String> reported = new HashSet<>();
        List<JsonNode> entries = reader.list(plan, list, "");
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String at = list + "[" + i + "]";
            if (entry == null) {
                continue;
            }
            String key = entry.path(firstKey).asString(null) + " → " + entry.path(secondKey).asString(null);
            Group group = expected.get(key);
            if (group == null) {
                reader.add(at, "is " + key + ", which no flow carries");
                continue;
            }
            if (!reported.add(key)) {
                reader.add(at, "repeats " + key);
                continue;
            }
            reader.expectField(entry, at, "tonnes", group.tonnes);
            reader.expectField(entry, at, "km", group.km);
            if (withCost) {
                reader.expectField(entry, at, "cost", base.unitCost() * group.km * group.tonnes
                        + base.fixedCost(group.first, group.second));
                reader.expectField(entry, at, "co2Kg", group.tonnes * group.km * base.parameters().co2KgPerTonneKm());
                long fewest = TruckTrips.of(base.parameters().truckPayloadTonnes(), group.tonnes).fewest();
                reader.expectWithin(entry, at + ".truckTrips", "truckTrips", fewest, group.mostTrips);
            }
        }
        expected.forEach((key, group) -> {
            boolean fromHub = problem.hub(group.first) != null;
            if (!reported.contains(key) && !fromHub) {
                reader.add(list, "lacks " + key + ": " + Tolerance.format(group.tonnes) + " t");
            }
        });
    }

    private void checkTotals() {
        JsonNode totals = plan.get("totals");
        if (totals == null || !totals.isObject()) {
            reader.add("totals", "is missing");
            return;
        }
        double initialStock = problem.hubs().stream()
                .mapToDouble(hub -> hub.initialStock().values().stream().mapToDouble(Double::doubleValue).sum())
                .sum();
        reader.expectField(totals, "totals", "cost", cost());
        reader.expectField(totals, "totals", "transportCost", transportCost);
        reader.expectField(totals, "totals", "fixedCost", fixedCost);
        reader.expectField(totals, "totals", "disposalCost", disposalCost);
        reader.expectField(totals, "totals", "virginCost", virginCost);
        reader.expectField(totals, "totals", "handlingCost", handlingCost);
        reader.expectField(totals, "totals", "openingCost", openingCost);
        reader.expectField(totals, "totals", "penaltyCost", penaltyCost);
        reader.expectField(totals, "totals", "tonneKm", tonneKm);
        reader.expectField(totals, "totals", "co2Kg", tonneKm * base.parameters().co2KgPerTonneKm());
        reader.expectField(totals, "totals", "reusedTonnes", reusedTonnes);
        double reuseBase = supplyReleased + initialStock;
        reader.expectField(totals, "totals", "reuseRate", reuseBase > 0 ? reusedTonnes / reuseBase : 0);
        reader.expectField(totals, "totals", "hubThroughputTonnes", hubThroughputTonnes);
        Double trips = reader.requiredNumber(totals, "truckTrips", "totals");
        if (trips != null && !truckTrips.allows(trips)) {
            reader.add("totals.truckTrips", "is " + Tolerance.format(trips) + ", expected " + truckTrips.describe());
        }
    }

    private void checkBaselineAndBounds() {
        double cost = cost();
        Double baselineCost = null;
        JsonNode baseline = plan.get("baseline");
        if (baseline == null || !baseline.isObject()) {
            reader.add("baseline", "is missing");
        } else if (!problem.hasCapacities()) {
            baselineCost = reader.expectField(baseline, "baseline", "cost", uncapacitatedBaseline());
            BaselineParts.check(reader, baseline, base.parameters(), penaltyTonnes(true), penaltyTonnes(false));
        } else {
            baselineCost = reader.requiredNumber(baseline, "cost", "baseline");
            BaselineParts.check(reader, baseline, base.parameters(), null, null);
        }
        Double lowerBound = reader.requiredNumber(plan, "lowerBound", "");
        if (lowerBound == null) {
            return;
        }
        if (!Tolerance.atMost(lowerBound, cost)) {
            reader.add("lowerBound", "is " + Tolerance.format(lowerBound) + ", above the plan's cost "
                    + Tolerance.format(cost));
        }
        if (baselineCost != null && !Tolerance.atMost(lowerBound, baselineCost)) {
            reader.add("lowerBound", "is " + Tolerance.format(lowerBound) + ", above the baseline cost "
                    + Tolerance.format(baselineCost));
        }
        if (lowerBound > 0) {
            reader.expectField(plan, "", "gapPercent", 100 * (cost - lowerBound) / lowerBound);
        }
    }

    /** Every release at its supply's cheapest landfill (or the penalty), every need at its cheapest quarry. */
    private double uncapacitatedBaseline() {
        double cost = 0;
        for (Supply supply : base.supplies()) {
            Fallback disposal = base.disposal(supply);
            for (int p = 0; p < periodCount; p++) {
                cost += disposal.costPerTonne() * problem.release(supply, p);
            }
        }
        for (Demand demand : base.demands()) {
            Fallback virgin = base.virgin(demand);
            for (int p = 0; p < periodCount; p++) {
                cost += virgin.costPerTonne() * problem.need(demand, p);
            }
        }
        return cost;
    }

    /** Without capacities: the releases no landfill takes (supplies) or the needs no quarry meets (demands). */
    private double penaltyTonnes(boolean supplies) {
        double tonnes = 0;
        for (int p = 0; p < periodCount; p++) {
            if (supplies) {
                for (Supply supply : base.supplies()) {
                    tonnes += base.disposal(supply).isPenalty() ? problem.release(supply, p) : 0;
                }
            } else {
                for (Demand demand : base.demands()) {
                    tonnes += base.virgin(demand).isPenalty() ? problem.need(demand, p) : 0;
                }
            }
        }
        return tonnes;
    }

    private String periodName(int period) {
        return problem.periods().get(period).first().toString();
    }

    private static String describe(Stock stock) {
        return stock.material() + (stock.contaminationClass() == null ? "" : " class " + stock.contaminationClass());
    }
}
