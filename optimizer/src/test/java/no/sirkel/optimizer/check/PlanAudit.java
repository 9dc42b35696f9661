package no.sirkel.optimizer.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

import no.sirkel.optimizer.check.ContractProblem.Demand;
import no.sirkel.optimizer.check.ContractProblem.Fallback;
import no.sirkel.optimizer.check.ContractProblem.FallbackOption;
import no.sirkel.optimizer.check.ContractProblem.Supply;
import tools.jackson.databind.JsonNode;

/**
 * One check of one plan against one problem: recomputes every number of the plan from the contract and records each
 * difference. Expected totals are built from the plan's own matched tonnes (taken as given once their pairs are
 * checked) and the remainders those tonnes imply. Truck trips count every listed flow, as the contract says, penalty
 * remainders (no site or source, no km) included.
 */
final class PlanAudit {

    /** A supply or demand seen as the holder of a remainder that goes to a disposal site or comes from a source. */
    private record Holder(String id, double tonnes, double moved, Fallback fallback,
                          Function<String, Optional<String>> whyNotChoice) {
        double remainder() {
            return Math.max(0, tonnes - moved);
        }
    }

    /** The disposals or the virgin deliveries: the plan list, its field names and what its fees count as. */
    private record Side(String list, String holderKey, String choiceKey, String choiceNoun, boolean disposal,
                        List<Holder> holders) {
    }

    private record Remainder(int index, String choice, Double tonnes, Double km) {
    }

    private final ContractProblem problem;
    private final JsonNode plan;
    private final List<Violation> violations = new ArrayList<>();
    private final FieldReader reader = new FieldReader(violations);
    private final Map<String, Integer> supplyIndex = new HashMap<>();
    private final Map<String, Integer> demandIndex = new HashMap<>();
    private final double[] sent;
    private final double[] received;

    private double transportCost;
    private double fixedCost;
    private double disposalCost;
    private double virginCost;
    private double penaltyCost;
    private double tonneKm;
    private double reusedTonnes;
    private final TruckTrips truckTrips;

    PlanAudit(ContractProblem problem, JsonNode plan) {
        this.problem = problem;
        this.plan = plan;
        for (int i = 0; i < problem.supplies().size(); i++) {
            supplyIndex.put(problem.supplies().get(i).id(), i);
        }
        for (int i = 0; i < problem.demands().size(); i++) {
            demandIndex.put(problem.demands().get(i).id(), i);
        }
        this.sent = new double[problem.supplies().size()];
        this.received = new double[problem.demands().size()];
        this.truckTrips = new TruckTrips(problem.parameters().truckPayloadTonnes());
    }

    List<Violation> run() {
        if (plan == null || !plan.isObject()) {
            reader.add("plan", "must be a JSON object");
            return violations;
        }
        checkProblemName();
        for (String list : new String[] {"matches", "disposals", "virginDeliveries"}) {
            if (FieldReader.absent(plan, list)) {
                reader.add(list, "is missing");
            }
        }
        checkMatches();
        checkCapacities();
        checkRemainders(disposalSide());
        checkRemainders(virginSide());
        double cost = checkTotals();
        double baselineCost = checkBaseline();
        checkBounds(cost, baselineCost);
        Double seconds = reader.optionalNumber(plan, "solveSeconds", "");
        if (seconds != null && seconds < 0) {
            reader.add("solveSeconds", "is " + Tolerance.format(seconds) + ", must be ≥ 0");
        }
        return violations;
    }

    private void checkProblemName() {
        String name = reader.optionalText(plan, "problem", "");
        if (problem.name() != null && !problem.name().equals(name)) {
            reader.add("problem", "is " + FieldReader.quoted(name) + ", expected " + FieldReader.quoted(problem.name()));
        }
    }

    private void checkMatches() {
        List<JsonNode> matches = reader.list(plan, "matches", "");
        Map<Long, Integer> matchByPair = new HashMap<>();
        double c = problem.unitCost();
        double co2PerTonneKm = problem.parameters().co2KgPerTonneKm();
        for (int i = 0; i < matches.size(); i++) {
            JsonNode match = matches.get(i);
            if (match == null) {
                continue;
            }
            String at = "matches[" + i + "]";
            Integer s = lookUp(supplyIndex, reader.requiredText(match, "supply", at), at + ".supply", "supply");
            Integer d = lookUp(demandIndex, reader.requiredText(match, "demand", at), at + ".demand", "demand");
            Double tonnes = reader.requiredNumber(match, "tonnes", at);
            Double km = reader.requiredNumber(match, "km", at);
            Double trips = reader.requiredNumber(match, "truckTrips", at);
            Double cost = reader.requiredNumber(match, "cost", at);
            Double co2 = reader.requiredNumber(match, "co2Kg", at);
            if (tonnes != null && tonnes <= 0) {
                reader.add(at + ".tonnes", "is " + Tolerance.format(tonnes)
                        + ", must be > 0 (matches list only pairs that carry tonnes)");
            }
            if (s == null || d == null || tonnes == null) {
                continue;
            }
            Supply supply = problem.supplies().get(s);
            Demand demand = problem.demands().get(d);
            Integer earlier = matchByPair.putIfAbsent((long) s * problem.demands().size() + d, i);
            if (earlier != null) {
                reader.add(at, "repeats the pair " + supply.id() + " → " + demand.id() + " of matches[" + earlier
                        + "]");
            }
            problem.whyIneligible(supply, demand).ifPresent(reason ->
                    reader.add(at, supply.id() + " → " + demand.id() + " is not an eligible pair: " + reason));
            OptionalDouble expectedKm = problem.km(supply, demand);
            double pairKm = expectedKm.orElse(km == null ? 0 : km);
            reader.expectClose(at + ".km", km, pairKm);
            TruckTrips expectedTrips = TruckTrips.of(problem.parameters().truckPayloadTonnes(), tonnes);
            if (trips != null && !expectedTrips.allows(trips)) {
                reader.add(at + ".truckTrips", "is " + Tolerance.format(trips) + ", expected "
                        + expectedTrips.describe());
            }
            double fixed = problem.fixedCost(supply, demand);
            reader.expectClose(at + ".cost", cost, c * pairKm * tonnes + fixed);
            reader.expectClose(at + ".co2Kg", co2, tonnes * pairKm * co2PerTonneKm);
            sent[s] += tonnes;
            received[d] += tonnes;
            transportCost += c * pairKm * tonnes;
            fixedCost += fixed;
            tonneKm += tonnes * pairKm;
            truckTrips.add(tonnes);
            reusedTonnes += tonnes;
        }
    }

    private Integer lookUp(Map<String, Integer> index, String id, String field, String noun) {
        if (id == null) {
            return null;
        }
        Integer position = index.get(id);
        if (position == null) {
            reader.add(field, "is " + FieldReader.quoted(id) + ", which is no " + noun + " of the problem");
        }
        return position;
    }

    private void checkCapacities() {
        for (int s = 0; s < sent.length; s++) {
            Supply supply = problem.supplies().get(s);
            if (!Tolerance.atMost(sent[s], supply.tonnes())) {
                reader.add("matches", "send " + Tolerance.format(sent[s]) + " t from " + supply.id()
                        + ", more than its " + Tolerance.format(supply.tonnes()) + " t");
            }
        }
        for (int d = 0; d < received.length; d++) {
            Demand demand = problem.demands().get(d);
            if (!Tolerance.atMost(received[d], demand.tonnes())) {
                reader.add("matches", "deliver " + Tolerance.format(received[d]) + " t to " + demand.id()
                        + ", more than its " + Tolerance.format(demand.tonnes()) + " t");
            }
        }
    }

    private Side disposalSide() {
        Map<String, ContractProblem.DisposalSite> sites = new HashMap<>();
        problem.disposalSites().forEach(site -> sites.put(site.id(), site));
        List<Holder> holders = new ArrayList<>();
        for (int s = 0; s < sent.length; s++) {
            Supply supply = problem.supplies().get(s);
            holders.add(new Holder(supply.id(), supply.tonnes(), sent[s], problem.disposal(supply),
                    site -> sites.containsKey(site) ? problem.whyIneligible(supply, sites.get(site))
                            : Optional.of("it is no disposal site of the problem")));
        }
        return new Side("disposals", "supply", "site", "disposal site", true, holders);
    }

    private Side virginSide() {
        Map<String, ContractProblem.VirginSource> sources = new HashMap<>();
        problem.virginSources().forEach(source -> sources.put(source.id(), source));
        List<Holder> holders = new ArrayList<>();
        for (int d = 0; d < received.length; d++) {
            Demand demand = problem.demands().get(d);
            holders.add(new Holder(demand.id(), demand.tonnes(), received[d], problem.virgin(demand),
                    source -> sources.containsKey(source) ? problem.whyIneligible(sources.get(source), demand)
                            : Optional.of("it is no virgin source of the problem")));
        }
        return new Side("virginDeliveries", "demand", "source", "virgin source", false, holders);
    }

    private void checkRemainders(Side side) {
        Map<String, Integer> holderIndex = new HashMap<>();
        for (int k = 0; k < side.holders().size(); k++) {
            holderIndex.put(side.holders().get(k).id(), k);
        }
        Map<Integer, Remainder> listed = new HashMap<>();
        List<JsonNode> entries = reader.list(plan, side.list(), "");
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            if (entry == null) {
                continue;
            }
            String at = side.list() + "[" + i + "]";
            Integer k = lookUp(holderIndex, reader.requiredText(entry, side.holderKey(), at),
                    at + "." + side.holderKey(), side.holderKey());
            String choice = reader.optionalText(entry, side.choiceKey(), at);
            Double tonnes = reader.requiredNumber(entry, "tonnes", at);
            Double km = reader.optionalNumber(entry, "km", at);
            if (k == null) {
                continue;
            }
            Remainder earlier = listed.putIfAbsent(k, new Remainder(i, choice, tonnes, km));
            if (earlier != null) {
                reader.add(at + "." + side.holderKey(), "repeats " + side.holders().get(k).id() + " of "
                        + side.list() + "[" + earlier.index() + "]");
            }
        }
        for (int k = 0; k < side.holders().size(); k++) {
            Holder holder = side.holders().get(k);
            Remainder remainder = listed.get(k);
            double expectedTonnes = holder.remainder();
            if (remainder == null) {
                if (!Tolerance.closeAtScale(0, expectedTonnes, holder.tonnes())) {
                    reader.add(side.list(), "has no entry for " + holder.id() + ", which has "
                            + Tolerance.format(expectedTonnes) + " t left over");
                }
                account(side, holder, expectedTonnes, holder.fallback().cheapest().stream().findFirst());
            } else {
                account(side, holder, expectedTonnes, checkRemainder(side, holder, remainder));
            }
        }
    }

    /** Checks one listed remainder; returns the option whose costs the totals should carry (empty for a penalty). */
    private Optional<FallbackOption> checkRemainder(Side side, Holder holder, Remainder remainder) {
        String at = side.list() + "[" + remainder.index() + "]";
        if (remainder.tonnes() != null
                && !Tolerance.closeAtScale(remainder.tonnes(), holder.remainder(), holder.tonnes())) {
            reader.add(at + ".tonnes", "is " + Tolerance.format(remainder.tonnes()) + ", expected "
                    + Tolerance.format(holder.remainder()) + " (" + holder.id() + "'s tonnes less its matches)");
        }
        Fallback fallback = holder.fallback();
        String choiceField = at + "." + side.choiceKey();
        if (fallback.isPenalty()) {
            if (remainder.choice() != null) {
                reader.add(choiceField, "is " + FieldReader.quoted(remainder.choice()) + ", expected null: no "
                        + side.choiceNoun() + " is eligible for " + holder.id() + ", so the penalty applies");
            }
            if (remainder.km() != null && remainder.km() != 0) {
                reader.add(at + ".km", "is " + Tolerance.format(remainder.km()) + ", expected null (penalty)");
            }
            return Optional.empty();
        }
        FallbackOption cheapest = fallback.cheapest().get(0);
        if (remainder.choice() == null) {
            reader.add(choiceField, "is null, expected " + cheapest.id() + ", the cheapest eligible "
                    + side.choiceNoun() + " at " + Tolerance.format(fallback.costPerTonne()) + " per tonne");
            return Optional.of(cheapest);
        }
        Optional<FallbackOption> chosen = fallback.option(remainder.choice());
        if (chosen.isEmpty()) {
            Optional<String> whyNot = holder.whyNotChoice().apply(remainder.choice());
            reader.add(choiceField, "is " + FieldReader.quoted(remainder.choice()) + ", "
                    + whyNot.map(reason -> "which cannot serve " + holder.id() + ": " + reason)
                    .orElse("not the cheapest eligible " + side.choiceNoun() + " " + cheapest.id() + " at "
                            + Tolerance.format(fallback.costPerTonne()) + " per tonne"));
            return Optional.of(cheapest);
        }
        reader.expectClose(at + ".km", remainder.km(), chosen.get().km());
        if (remainder.km() == null) {
            reader.add(at + ".km", "is missing");
        }
        return chosen;
    }

    private void account(Side side, Holder holder, double tonnes, Optional<FallbackOption> option) {
        if (tonnes <= 0) {
            return;
        }
        truckTrips.add(tonnes);
        if (option.isEmpty()) {
            penaltyCost += holder.fallback().costPerTonne() * tonnes;
            return;
        }
        transportCost += option.get().transportPerTonne() * tonnes;
        if (side.disposal()) {
            disposalCost += option.get().feePerTonne() * tonnes;
        } else {
            virginCost += option.get().feePerTonne() * tonnes;
        }
        tonneKm += option.get().km() * tonnes;
    }

    /** Checks every totals field; returns the cost the plan reports (or the recomputed one where it is missing). */
    private double checkTotals() {
        double expectedCost = transportCost + fixedCost + disposalCost + virginCost + penaltyCost;
        JsonNode totals = object("totals");
        if (totals == null) {
            return expectedCost;
        }
        Double cost = reader.requiredNumber(totals, "cost", "totals");
        reader.expectClose("totals.cost", cost, expectedCost);
        Double[] parts = {
                reader.expectField(totals, "totals", "transportCost", transportCost),
                reader.expectField(totals, "totals", "fixedCost", fixedCost),
                reader.expectField(totals, "totals", "disposalCost", disposalCost),
                reader.expectField(totals, "totals", "virginCost", virginCost),
                reader.expectField(totals, "totals", "penaltyCost", penaltyCost)};
        double partsSum = 0;
        boolean allParts = true;
        for (Double part : parts) {
            allParts &= part != null;
            partsSum += part == null ? 0 : part;
        }
        if (cost != null && allParts && !Tolerance.close(partsSum, cost)) {
            reader.add("totals.cost", "is " + Tolerance.format(cost) + ", but its parts add up to "
                    + Tolerance.format(partsSum));
        }
        reader.expectField(totals, "totals", "tonneKm", tonneKm);
        reader.expectField(totals, "totals", "co2Kg", tonneKm * problem.parameters().co2KgPerTonneKm());
        Double trips = reader.requiredNumber(totals, "truckTrips", "totals");
        if (trips != null && !truckTrips.allows(trips)) {
            reader.add("totals.truckTrips", "is " + Tolerance.format(trips) + ", expected " + truckTrips.describe());
        }
        reader.expectField(totals, "totals", "reusedTonnes", reusedTonnes);
        double supplied = problem.supplies().stream().mapToDouble(Supply::tonnes).sum();
        reader.expectField(totals, "totals", "reuseRate", supplied > 0 ? reusedTonnes / supplied : 0);
        return cost == null ? expectedCost : cost;
    }

    /** Checks the baseline (no matches at all); returns its recomputed cost. */
    private double checkBaseline() {
        double cost = 0;
        double unplaced = 0;
        double unmet = 0;
        double fewestTonneKm = 0;
        double mostTonneKm = 0;
        TruckTrips trips = new TruckTrips(problem.parameters().truckPayloadTonnes());
        List<Map.Entry<Double, Fallback>> flows = new ArrayList<>();
        for (Supply supply : problem.supplies()) {
            Fallback disposal = problem.disposal(supply);
            flows.add(Map.entry(supply.tonnes(), disposal));
            unplaced += disposal.isPenalty() ? supply.tonnes() : 0;
        }
        for (Demand demand : problem.demands()) {
            Fallback virgin = problem.virgin(demand);
            flows.add(Map.entry(demand.tonnes(), virgin));
            unmet += virgin.isPenalty() ? demand.tonnes() : 0;
        }
        for (Map.Entry<Double, Fallback> flow : flows) {
            double tonnes = flow.getKey();
            Fallback fallback = flow.getValue();
            cost += fallback.costPerTonne() * tonnes;
            trips.add(tonnes);
            if (!fallback.isPenalty()) {
                fewestTonneKm += tonnes * fallback.cheapest().stream().mapToDouble(FallbackOption::km).min()
                        .orElseThrow();
                mostTonneKm += tonnes * fallback.cheapest().stream().mapToDouble(FallbackOption::km).max()
                        .orElseThrow();
            }
        }
        JsonNode baseline = object("baseline");
        if (baseline == null) {
            return cost;
        }
        reader.expectField(baseline, "baseline", "cost", cost);
        BaselineParts.check(reader, baseline, problem.parameters(), unplaced, unmet);
        double co2PerTonneKm = problem.parameters().co2KgPerTonneKm();
        reader.expectWithin(baseline, "baseline.tonneKm", "tonneKm", fewestTonneKm, mostTonneKm);
        reader.expectWithin(baseline, "baseline.co2Kg", "co2Kg", fewestTonneKm * co2PerTonneKm, mostTonneKm * co2PerTonneKm);
        Double reportedTrips = reader.requiredNumber(baseline, "truckTrips", "baseline");
        if (reportedTrips != null && !trips.allows(reportedTrips)) {
            reader.add("baseline.truckTrips", "is " + Tolerance.format(reportedTrips) + ", expected "
                    + trips.describe());
        }
        return cost;
    }

    private void checkBounds(double reportedCost, double baselineCost) {
        double expectedCost = transportCost + fixedCost + disposalCost + virginCost + penaltyCost;
        Double lowerBound = reader.requiredNumber(plan, "lowerBound", "");
        JsonNode greedy = object("greedy");
        Double greedyCost = greedy == null ? null : reader.requiredNumber(greedy, "cost", "greedy");
        if (lowerBound == null) {
            return;
        }
        if (!Tolerance.atMost(lowerBound, expectedCost)) {
            reader.add("lowerBound", "is " + Tolerance.format(lowerBound) + ", above the plan's cost "
                    + Tolerance.format(expectedCost));
        }
        if (!Tolerance.atMost(lowerBound, baselineCost)) {
            reader.add("lowerBound", "is " + Tolerance.format(lowerBound) + ", above the baseline cost "
                    + Tolerance.format(baselineCost));
        }
        if (greedyCost != null && !Tolerance.atMost(lowerBound, greedyCost)) {
            reader.add("greedy.cost", "is " + Tolerance.format(greedyCost) + ", below the lowerBound "
                    + Tolerance.format(lowerBound));
        }
        if (lowerBound > 0) {
            reader.expectField(plan, "", "gapPercent", 100 * (reportedCost - lowerBound) / lowerBound);
        }
    }

    private JsonNode object(String name) {
        JsonNode node = plan.get(name);
        if (node == null || node.isNull()) {
            reader.add(name, "is missing");
            return null;
        }
        if (!node.isObject()) {
            reader.add(name, "must be an object");
            return null;
        }
        return node;
    }
}
