package no.sirkel.optimizer.check;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import no.sirkel.optimizer.check.ContractProblem.Demand;
import no.sirkel.optimizer.check.ContractProblem.DisposalSite;
import no.sirkel.optimizer.check.ContractProblem.Position;
import no.sirkel.optimizer.check.ContractProblem.Supply;
import no.sirkel.optimizer.check.ContractProblem.VirginSource;
import tools.jackson.databind.JsonNode;

/**
 * A problem of the optimizer contract, version 2 (optimizer-problem-v2: a horizon, periods, storage hubs,
 * capacities), read straight from its JSON with the contract's day-count rule and flow eligibility written out from
 * the contract text. Like {@link ContractProblem}, which it extends with what version 2 adds, it shares no code with
 * the solver on purpose.
 *
 * <p>Units: tonnes, road kilometres, NOK (or tonne-km), days.
 */
final class TimedProblem {

    /** One period: the days of a calendar month, ISO week or the horizon that lie in the horizon, both ends included. */
    record Period(LocalDate first, LocalDate last) {
    }

    record Process(String to, double feePerTonne) {
    }

    /** Material of one class lying at a hub; a null class counts as clean but is a stock of its own. */
    record Stock(String material, Integer contaminationClass) {
    }

    record Hub(String id, Position position, Set<String> accepts, Integer maxContaminationClass,
               double capacityTonnes, double handlingFeePerTonne, Double openingCost, Map<String, Process> processes,
               Map<Stock, Double> initialStock) {

        boolean candidate() {
            return openingCost != null;
        }
    }

    private final ContractProblem base;
    private final LocalDate horizonFrom;
    private final LocalDate horizonTo;
    private final List<Period> periods;
    private final Map<String, Double> disposalCapacity = new HashMap<>();
    private final Map<String, Double> virginCapacity = new HashMap<>();
    private final Map<String, Hub> hubs = new HashMap<>();
    private final List<Hub> hubList = new ArrayList<>();
    private final Map<String, Supply> supplies = new HashMap<>();
    private final Map<String, Demand> demands = new HashMap<>();
    private final Map<String, DisposalSite> disposalSites = new HashMap<>();
    private final Map<String, VirginSource> virginSources = new HashMap<>();

    private TimedProblem(ContractProblem base, LocalDate horizonFrom, LocalDate horizonTo, String periodLength) {
        this.base = base;
        this.horizonFrom = horizonFrom;
        this.horizonTo = horizonTo;
        this.periods = periods(horizonFrom, horizonTo, periodLength);
        base.supplies().forEach(supply -> supplies.put(supply.id(), supply));
        base.demands().forEach(demand -> demands.put(demand.id(), demand));
        base.disposalSites().forEach(site -> disposalSites.put(site.id(), site));
        base.virginSources().forEach(source -> virginSources.put(source.id(), source));
    }

    /** Whether a problem document is version 2: its parameters give a horizon. */
    static boolean isTimed(JsonNode problem) {
        return problem != null && !FieldReader.absent(problem.path("parameters"), "horizon");
    }

    /** Reads the version 2 fields of a problem whose version 1 fields {@code base} holds; broken fields go to violations. */
    static TimedProblem read(ContractProblem base, JsonNode root, List<Violation> violations) {
        FieldReader reader = new FieldReader(violations);
        JsonNode parameters = root.get("parameters");
        JsonNode horizon = parameters.get("horizon");
        LocalDate from = reader.optionalDate(horizon, "from", "parameters.horizon");
        LocalDate to = reader.optionalDate(horizon, "to", "parameters.horizon");
        String length = reader.optionalText(parameters, "periodLength", "parameters");
        length = length == null ? "MONTH" : length;
        if (from == null || to == null || from.isAfter(to) || !Set.of("MONTH", "WEEK", "HORIZON").contains(length)) {
            reader.add("parameters.horizon", "must be {from, to} with from ≤ to, and periodLength MONTH, WEEK or "
                    + "HORIZON");
            return null;
        }
        TimedProblem problem = new TimedProblem(base, from, to, length);
        problem.readCapacities(reader, root, "disposalSites", problem.disposalCapacity);
        problem.readCapacities(reader, root, "virginSources", problem.virginCapacity);
        List<JsonNode> hubNodes = reader.list(root, "storageHubs", "");
        for (int i = 0; i < hubNodes.size(); i++) {
            if (hubNodes.get(i) != null) {
                Hub hub = hub(reader, hubNodes.get(i), "storageHubs[" + i + "]");
                problem.hubs.put(hub.id(), hub);
                problem.hubList.add(hub);
            }
        }
        return problem;
    }

    private void readCapacities(FieldReader reader, JsonNode root, String list, Map<String, Double> capacities) {
        List<JsonNode> nodes = reader.list(root, list, "");
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            if (node != null && node.path("id").isString()) {
                Double capacity = reader.optionalNumber(node, "capacityTonnes", list + "[" + i + "]");
                if (capacity != null) {
                    capacities.put(node.get("id").stringValue(), capacity);
                }
            }
        }
    }

    private static Hub hub(FieldReader reader, JsonNode node, String at) {
        String id = reader.requiredText(node, "id", at);
        Double lat = reader.optionalNumber(node, "lat", at);
        Double lon = reader.optionalNumber(node, "lon", at);
        Set<String> accepts = reader.stringSet(node, "accepts", at, true);
        Integer maxClass = reader.optionalClass(node, "maxContaminationClass", at);
        Double capacity = reader.requiredNumber(node, "capacityTonnes", at);
        double handling = reader.numberOrDefault(node, "handlingFeePerTonne", at, 0);
        Double openingCost = reader.optionalNumber(node, "openingCost", at);
        Map<String, Process> processes = new HashMap<>();
        List<JsonNode> processNodes = reader.list(node, "processes", at);
        for (int i = 0; i < processNodes.size(); i++) {
            JsonNode process = processNodes.get(i);
            String processAt = at + ".processes[" + i + "]";
            if (process != null) {
                String from = reader.requiredText(process, "from", processAt);
                String to = reader.requiredText(process, "to", processAt);
                Double fee = reader.requiredNumber(process, "feePerTonne", processAt);
                if (from != null && to != null && fee != null) {
                    processes.put(from, new Process(to, fee));
                }
            }
        }
        Map<Stock, Double> stock = new HashMap<>();
        List<JsonNode> stockNodes = reader.list(node, "initialStock", at);
        for (int i = 0; i < stockNodes.size(); i++) {
            JsonNode entry = stockNodes.get(i);
            String stockAt = at + ".initialStock[" + i + "]";
            if (entry != null) {
                String material = reader.requiredText(entry, "material", stockAt);
                Integer contaminationClass = reader.optionalClass(entry, "contaminationClass", stockAt);
                Double tonnes = reader.requiredNumber(entry, "tonnes", stockAt);
                if (material != null && tonnes != null) {
                    stock.merge(new Stock(material, contaminationClass), tonnes, Double::sum);
                }
            }
        }
        Position position = lat == null || lon == null ? null : new Position(lat, lon);
        return new Hub(id, position, accepts, maxClass, capacity == null ? 0 : capacity, handling, openingCost,
                processes, stock);
    }

    /** The periods, found day by day: a new one starts on the first of a month (MONTH) or on a Monday (WEEK). */
    private static List<Period> periods(LocalDate from, LocalDate to, String length) {
        List<Period> periods = new ArrayList<>();
        LocalDate first = from;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            boolean starts = switch (length) {
                case "MONTH" -> day.getDayOfMonth() == 1;
                case "WEEK" -> day.getDayOfWeek() == DayOfWeek.MONDAY;
                default -> false;
            };
            if (starts) {
                periods.add(new Period(first, day.minusDays(1)));
                first = day;
            }
        }
        periods.add(new Period(first, to));
        return periods;
    }

    ContractProblem base() {
        return base;
    }

    List<Period> periods() {
        return periods;
    }

    /** The index of the period named by its first day, or -1. */
    int periodIndex(LocalDate first) {
        for (int p = 0; p < periods.size(); p++) {
            if (periods.get(p).first().equals(first)) {
                return p;
            }
        }
        return -1;
    }

    /** r(s, p): the supply's tonnes spread evenly over the days of its window, the share of period p. */
    double release(Supply supply, int period) {
        return share(supply.tonnes(), supply.availableFrom(), supply.availableTo(), periods.get(period));
    }

    /** n(d, p), the same day-count rule over the demand's window. */
    double need(Demand demand, int period) {
        return share(demand.tonnes(), demand.neededFrom(), demand.neededTo(), periods.get(period));
    }

    private double share(double tonnes, LocalDate from, LocalDate to, Period period) {
        LocalDate start = from == null ? horizonFrom : from;
        LocalDate end = to == null ? horizonTo : to;
        LocalDate overlapStart = start.isAfter(period.first()) ? start : period.first();
        LocalDate overlapEnd = end.isBefore(period.last()) ? end : period.last();
        if (overlapStart.isAfter(overlapEnd)) {
            return 0;
        }
        return tonnes * (ChronoUnit.DAYS.between(overlapStart, overlapEnd) + 1)
                / (ChronoUnit.DAYS.between(start, end) + 1);
    }

    Hub hub(String id) {
        return hubs.get(id);
    }

    List<Hub> hubs() {
        return hubList;
    }

    /** The most a landfill takes over the horizon, or null (no limit). */
    Double disposalCapacity(String siteId) {
        return disposalCapacity.get(siteId);
    }

    Double virginCapacity(String sourceId) {
        return virginCapacity.get(sourceId);
    }

    boolean hasCapacities() {
        return !disposalCapacity.isEmpty() || !virginCapacity.isEmpty();
    }

    OptionalDouble km(String fromId, Position from, String toId, Position to) {
        return base.km(fromId, from, toId, to);
    }

    static boolean accepts(Set<String> accepted, String material) {
        return accepted == null || accepted.contains(material);
    }

    static boolean classFits(Integer contaminationClass, Integer max) {
        return contaminationClass == null || max == null || contaminationClass <= max;
    }

    /** Whether the haul is within parameters.maxHaulKm and, where given, the demand's own limit. */
    boolean withinHaul(double km, Double demandMaxHaulKm) {
        Double general = base.parameters().maxHaulKm();
        return (general == null || km <= general) && (demandMaxHaulKm == null || km <= demandMaxHaulKm);
    }

    Supply supply(String id) {
        return supplies.get(id);
    }

    Demand demand(String id) {
        return demands.get(id);
    }

    DisposalSite disposalSite(String id) {
        return disposalSites.get(id);
    }

    VirginSource virginSource(String id) {
        return virginSources.get(id);
    }
}
