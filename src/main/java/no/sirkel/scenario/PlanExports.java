package no.sirkel.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.sirkel.geo.FeatureCollection;
import no.sirkel.optimizer.plan.Plan;
import no.sirkel.optimizer.plan.PlanBuilder;
import no.sirkel.optimizer.problem.Parameters;
import no.sirkel.optimizer.problem.Problem;

/**
 * A plan in the shapes GIS tools and spreadsheets take: its flows as GeoJSON LineStrings (WGS84, [lon, lat]) and as
 * CSV rows. A flow is a match (supply → demand), a disposal (supply → landfill) or a virgin delivery (quarry →
 * demand). A remainder with no eligible landfill or quarry carries its penalty and has no place to go, so it has a
 * CSV row but no line; its truck trips count as the plan format counts them, over every flow.
 */
final class PlanExports {

    static final String CSV_HEADER = "kind,from,to,tonnes,km,truckTrips,cost,co2Kg";

    private PlanExports() {
    }

    static FeatureCollection geoJson(Problem problem, Plan plan) {
        Map<String, Place> places = places(problem);
        List<FeatureCollection.Feature> features = new ArrayList<>();
        for (Flow flow : flows(problem, plan)) {
            Place from = places.get(flow.from());
            Place to = flow.to() == null ? null : places.get(flow.to());
            if (from == null || to == null || from.lat() == null || to.lat() == null) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("kind", flow.kind());
            properties.put("from", flow.from());
            properties.put("to", flow.to());
            properties.put("tonnes", flow.tonnes());
            properties.put("km", flow.km());
            properties.put("truckTrips", flow.truckTrips());
            properties.put("cost", flow.cost());
            properties.put("co2Kg", flow.co2Kg());
            features.add(new FeatureCollection.Feature(flow.kind() + ":" + flow.from() + ":" + flow.to(),
                    Map.of("type", "LineString", "coordinates", List.of(from.position(), to.position())),
                    properties));
        }
        return new FeatureCollection(features, null);
    }

    static String csv(Problem problem, Plan plan) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (Flow flow : flows(problem, plan)) {
            csv.append(flow.kind()).append(',').append(flow.from()).append(',')
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
        Parameters parameters = problem.parameters();
        Map<String, Double> gateFees = new HashMap<>();
        problem.disposalSites().forEach(site -> gateFees.put(site.id(), site.gateFeePerTonne()));
        Map<String, Double> prices = new HashMap<>();
        problem.virginSources().forEach(source -> prices.put(source.id(), source.pricePerTonne()));
        List<Flow> flows = new ArrayList<>();
        for (Plan.Match match : plan.matches()) {
            flows.add(new Flow("MATCH", match.supply(), match.demand(), match.tonnes(), match.km(),
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
            flows.add(new Flow(flow.kind(), flow.to(), flow.from(), flow.tonnes(), flow.km(), flow.truckTrips(),
                    flow.cost(), flow.co2Kg()));
        }
        return flows;
    }

    private static Flow remainder(String kind, String listing, String place, double tonnes, Double km,
                                  double perTonne, Parameters parameters) {
        long truckTrips = PlanBuilder.truckTrips(tonnes, parameters.truckPayloadTonnes());
        if (place == null) {
            return new Flow(kind, listing, null, tonnes, 0, truckTrips, tonnes * perTonne, 0);
        }
        return new Flow(kind, listing, place, tonnes, km, truckTrips,
                tonnes * (perTonne + parameters.costPerTonneKm() * km), tonnes * km * parameters.co2KgPerTonneKm());
    }

    private static Map<String, Place> places(Problem problem) {
        Map<String, Place> places = new HashMap<>();
        problem.supplies().forEach(supply -> places.put(supply.id(), new Place(supply.lat(), supply.lon())));
        problem.demands().forEach(demand -> places.put(demand.id(), new Place(demand.lat(), demand.lon())));
        problem.disposalSites().forEach(site -> places.put(site.id(), new Place(site.lat(), site.lon())));
        problem.virginSources().forEach(source -> places.put(source.id(), new Place(source.lat(), source.lon())));
        return places;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** Where a problem's item lies, WGS84 degrees; null for an item given only by its routes. */
    private record Place(Double lat, Double lon) {

        List<Double> position() {
            return List.of(lon, lat);
        }
    }

    /** Tonnes carried km from one place to another (to is null for a remainder that only pays its penalty). */
    record Flow(String kind, String from, String to, double tonnes, double km, long truckTrips, double cost,
                double co2Kg) {
    }
}
