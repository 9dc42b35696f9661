package no.sirkel.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.sirkel.geo.FeatureCollection;
import no.sirkel.geo.GeoPoint;
import no.sirkel.optimizer.plan.Plan;
import no.sirkel.optimizer.plan.PlanBuilder;
import no.sirkel.optimizer.problem.Parameters;
import no.sirkel.optimizer.problem.Problem;

/**
 * A plan in the shapes GIS tools and spreadsheets take: its flows as GeoJSON LineStrings (WGS84, [lon, lat]) and as
 * CSV rows. A flow is a match (supply → demand), a disposal (supply or hub → landfill), a virgin delivery (quarry →
 * demand) and, in a plan over time (format v2), a flow to or from a storage hub; each v2 row carries its period's
 * first day. A remainder with no eligible landfill or quarry carries its penalty and has no place to go: in a v2 plan
 * it is an {@code UNPLACED} or {@code UNMET} row drawn as a Point at its listing, in a v1 plan a CSV row without a
 * line. Truck trips count as the plan format counts them, over every flow.
 */
final class PlanExports {

    static final String CSV_HEADER = "period,kind,from,to,tonnes,km,truckTrips,cost,co2Kg";

    private PlanExports() {
    }

    static FeatureCollection geoJson(Problem problem, Plan plan) {
        Map<String, Place> places = places(problem);
        List<FeatureCollection.Feature> features = new ArrayList<>();
        for (Flow flow : flows(problem, plan)) {
            Place from = places.get(flow.from());
            Place to = flow.to() == null ? null : places.get(flow.to());
            boolean penalty = flow.to() == null && flow.period() != null;
            if (from == null || from.lat() == null || !penalty && (to == null || to.lat() == null)) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("period", flow.period());
            properties.put("kind", flow.kind());
            properties.put("from", flow.from());
            properties.put("to", flow.to());
            properties.put("tonnes", flow.tonnes());
            properties.put("km", flow.km());
            properties.put("truckTrips", flow.truckTrips());
            properties.put("cost", flow.cost());
            properties.put("co2Kg", flow.co2Kg());
            String id = flow.kind() + ":" + flow.from() + ":" + flow.to()
                    + (flow.period() == null ? "" : ":" + flow.period() + ":" + features.size());
            features.add(new FeatureCollection.Feature(id, penalty
                    ? Map.of("type", "Point", "coordinates", from.position())
                    : Map.of("type", "LineString", "coordinates", List.of(from.position(), to.position())),
                    properties));
        }
        return new FeatureCollection(features, null);
    }

    /**
     * The flows that go from one place to another, with both places' positions and the material carried (a match's
     * or disposal's supply material, a virgin delivery's first accepted material, a hub flow's stored material).
     * Remainders with nowhere to go are left out.
     */
    static List<PlanFlow> lines(Problem problem, Plan plan) {
        Map<String, Place> places = places(problem);
        List<PlanFlow> lines = new ArrayList<>();
        for (Flow flow : flows(problem, plan)) {
            Place from = places.get(flow.from());
            Place to = flow.to() == null ? null : places.get(flow.to());
            if (from == null || to == null || from.lat() == null || to.lat() == null) {
                continue;
            }
            String material = flow.material() != null ? flow.material()
                    : ("VIRGIN".equals(flow.kind()) ? to : from).material();
            lines.add(new PlanFlow(flow, material, from.point(), to.point()));
        }
        return lines;
    }

    static String csv(Problem problem, Plan plan) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (Flow flow : flows(problem, plan)) {
            csv.append(flow.period() == null ? "" : flow.period()).append(',')
                    .append(flow.kind()).append(',').append(flow.from()).append(',')
                    .append(flow.to() == null ? "" : flow.to()).append(',')
                    .append(number(flow.tonnes())).append(',').append(number(flow.km())).append(',')
                    .append(flow.truckTrips()).append(',').append(number(flow.cost())).append(',')
                    .append(number(flow.co2Kg())).append('\n');
        }
        return csv.toString();
    }

    /**
     * Every flow of the plan with its cost in NOK. A match's cost is the plan's (transport plus fixed cost). A plan of
     * format version 1 states no cost for its remainders: a disposal costs transport plus the problem's gate fee, a
     * virgin delivery transport plus its price, and a remainder with nowhere to go its penalty, the plan format's
     * cost formula applied to the problem's prices. CO2 and truck trips follow the problem's parameters.
     */
    static List<Flow> flows(Problem problem, Plan plan) {
        return plan.timed() ? timedFlows(problem, plan) : staticFlows(problem, plan);
    }

    /** A v2 plan's flows as the plan states them, then its penalties: tonnes × the problem's penalty per tonne. */
    private static List<Flow> timedFlows(Problem problem, Plan plan) {
        Parameters parameters = problem.parameters();
        List<Flow> flows = new ArrayList<>();
        for (Plan.Flow flow : plan.flows()) {
            flows.add(new Flow(flow.period(), flow.kind().name(), flow.from(), flow.to(), flow.material(),
                    flow.tonnes(), flow.km(), flow.truckTrips(), flow.cost(), flow.co2Kg()));
        }
        for (Plan.Unplaced unplaced : plan.unplaced()) {
            flows.add(new Flow(unplaced.period(), "UNPLACED", unplaced.supply(), null, null, unplaced.tonnes(), 0,
                    PlanBuilder.truckTrips(unplaced.tonnes(), parameters.truckPayloadTonnes()),
                    unplaced.tonnes() * parameters.unplacedPenaltyPerTonne(), 0));
        }
        for (Plan.Unmet unmet : plan.unmet()) {
            flows.add(new Flow(unmet.period(), "UNMET", unmet.demand(), null, null, unmet.tonnes(), 0,
                    PlanBuilder.truckTrips(unmet.tonnes(), parameters.truckPayloadTonnes()),
                    unmet.tonnes() * parameters.unmetPenaltyPerTonne(), 0));
        }
        return flows;
    }

    private static List<Flow> staticFlows(Problem problem, Plan plan) {
        Parameters parameters = problem.parameters();
        Map<String, Double> gateFees = new HashMap<>();
        problem.disposalSites().forEach(site -> gateFees.put(site.id(), site.gateFeePerTonne()));
        Map<String, Double> prices = new HashMap<>();
        problem.virginSources().forEach(source -> prices.put(source.id(), source.pricePerTonne()));
        List<Flow> flows = new ArrayList<>();
        for (Plan.Match match : plan.matches()) {
            flows.add(new Flow(null, "MATCH", match.supply(), match.demand(), null, match.tonnes(), match.km(),
                    match.truckTrips(), match.cost(), match.co2Kg()));
        }
        for (Plan.Disposal disposal : plan.disposals()) {
            double perTonne = disposal.site() == null ? parameters.unplacedPenaltyPerTonne()
                    : gateFees.get(disposal.site());
            flows.add(remainder("DISPOSAL", disposal.supply(), disposal.site(), disposal.tonnes(), disposal.km(),
                    perTonne, parameters));
        }
        for (Plan.VirginDelivery delivery : plan.virginDeliveries()) {
            double perTonne = delivery.source() == null ? parameters.unmetPenaltyPerTonne()
                    : prices.get(delivery.source());
            Flow flow = remainder("VIRGIN", delivery.demand(), delivery.source(), delivery.tonnes(), delivery.km(),
                    perTonne, parameters);
            flows.add(new Flow(null, flow.kind(), flow.to(), flow.from(), null, flow.tonnes(), flow.km(),
                    flow.truckTrips(), flow.cost(), flow.co2Kg()));
        }
        return flows;
    }

    private static Flow remainder(String kind, String listing, String place, double tonnes, Double km,
                                  double perTonne, Parameters parameters) {
        long truckTrips = PlanBuilder.truckTrips(tonnes, parameters.truckPayloadTonnes());
        if (place == null) {
            return new Flow(null, kind, listing, null, null, tonnes, 0, truckTrips, tonnes * perTonne, 0);
        }
        return new Flow(null, kind, listing, place, null, tonnes, km, truckTrips,
                tonnes * (perTonne + parameters.costPerTonneKm() * km), tonnes * km * parameters.co2KgPerTonneKm());
    }

    private static Map<String, Place> places(Problem problem) {
        Map<String, Place> places = new HashMap<>();
        problem.supplies().forEach(supply -> places.put(supply.id(),
                new Place(supply.lat(), supply.lon(), supply.material())));
        problem.demands().forEach(demand -> places.put(demand.id(), new Place(demand.lat(), demand.lon(),
                demand.accepts() == null || demand.accepts().isEmpty() ? null : demand.accepts().get(0))));
        problem.disposalSites().forEach(site -> places.put(site.id(), new Place(site.lat(), site.lon(), null)));
        problem.virginSources().forEach(source -> places.put(source.id(),
                new Place(source.lat(), source.lon(), null)));
        problem.storageHubs().forEach(hub -> places.put(hub.id(), new Place(hub.lat(), hub.lon(), null)));
        return places;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /**
     * Where a problem's item lies, WGS84 degrees (null for an item given only by its routes), and the material code a
     * listing there carries or takes first (null for landfills, quarries and hubs).
     */
    private record Place(Double lat, Double lon, String material) {

        List<Double> position() {
            return List.of(lon, lat);
        }

        GeoPoint point() {
            return new GeoPoint(lon, lat);
        }
    }

    /**
     * Tonnes carried km from one place to another (to is null for a remainder that only pays its penalty).
     *
     * @param period   the first day of the flow's period in a v2 plan; null in a v1 plan
     * @param material the material a v2 hub flow carries as stored; null on other flows
     */
    public record Flow(LocalDate period, String kind, String from, String to, String material, double tonnes, double km,
                       long truckTrips, double cost, double co2Kg) {
    }
}
