package no.sirkel.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.sirkel.geo.FeatureCollection;
import no.sirkel.geo.GeoPoint;
import no.sirkel.optimizer.plan.PlanBuilder;
import tools.jackson.databind.JsonNode;

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

    static FeatureCollection geoJson(JsonNode problem, JsonNode plan) {
        List<FeatureCollection.Feature> features = new ArrayList<>();
        for (PlanFlow line : lines(problem, plan)) {
            Flow flow = line.flow();
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("kind", flow.kind());
            properties.put("from", flow.from());
            properties.put("to", flow.to());
            properties.put("tonnes", flow.tonnes());
            properties.put("km", flow.km());
            properties.put("truckTrips", flow.truckTrips());
            properties.put("cost", flow.cost());
            properties.put("co2Kg", flow.co2Kg());
            features.add(new FeatureCollection.Feature(line.id(),
                    Map.of("type", "LineString", "coordinates", List.of(position(line.fromAt()),
                            position(line.toAt()))),
                    properties));
        }
        return new FeatureCollection(features, null);
    }

    /**
     * The flows that go from one place to another, with both places' positions and the material carried (a match's
     * or disposal's supply material, a virgin delivery's first accepted material). Remainders with nowhere to go are
     * left out.
     */
    static List<PlanFlow> lines(JsonNode problem, JsonNode plan) {
        Map<String, JsonNode> places = places(problem);
        List<PlanFlow> lines = new ArrayList<>();
        for (Flow flow : flows(problem, plan)) {
            JsonNode from = places.get(flow.from());
            JsonNode to = flow.to() == null ? null : places.get(flow.to());
            if (from == null || to == null || !from.hasNonNull("lat") || !to.hasNonNull("lat")) {
                continue;
            }
            JsonNode listing = "VIRGIN".equals(flow.kind()) ? to : from;
            String material = listing.hasNonNull("material") ? listing.path("material").asString()
                    : listing.path("accepts").path(0).asString(null);
            lines.add(new PlanFlow(flow, material, point(from), point(to)));
        }
        return lines;
    }

    static String csv(JsonNode problem, JsonNode plan) {
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
     * Every flow of the plan, with its cost in NOK at the problem's prices: a match's cost is the plan's (transport
     * plus fixed cost); a disposal costs transport plus gate fee, a virgin delivery transport plus price, and a
     * remainder with nowhere to go its penalty. CO2 and truck trips follow the problem's parameters.
     */
    static List<Flow> flows(JsonNode problem, JsonNode plan) {
        JsonNode parameters = problem.path("parameters");
        double costPerTonneKm = parameters.path("costPerTonneKm").asDouble();
        double co2PerTonneKm = parameters.path("co2KgPerTonneKm").asDouble();
        double payload = parameters.path("truckPayloadTonnes").asDouble();
        Map<String, JsonNode> places = places(problem);
        List<Flow> flows = new ArrayList<>();
        for (JsonNode match : plan.path("matches")) {
            flows.add(new Flow("MATCH", match.path("supply").asString(), match.path("demand").asString(),
                    match.path("tonnes").asDouble(), match.path("km").asDouble(), match.path("truckTrips").asLong(),
                    match.path("cost").asDouble(), match.path("co2Kg").asDouble()));
        }
        for (JsonNode disposal : plan.path("disposals")) {
            String site = text(disposal.path("site"));
            double perTonne = site == null ? parameters.path("unplacedPenaltyPerTonne").asDouble()
                    : places.get(site).path("gateFeePerTonne").asDouble();
            flows.add(remainder("DISPOSAL", disposal.path("supply").asString(), site, disposal, perTonne,
                    costPerTonneKm, co2PerTonneKm, payload));
        }
        for (JsonNode delivery : plan.path("virginDeliveries")) {
            String source = text(delivery.path("source"));
            double perTonne = source == null ? parameters.path("unmetPenaltyPerTonne").asDouble()
                    : places.get(source).path("pricePerTonne").asDouble();
            Flow flow = remainder("VIRGIN", delivery.path("demand").asString(), source, delivery, perTonne,
                    costPerTonneKm, co2PerTonneKm, payload);
            flows.add(new Flow(flow.kind(), flow.to(), flow.from(), flow.tonnes(), flow.km(), flow.truckTrips(),
                    flow.cost(), flow.co2Kg()));
        }
        return flows;
    }

    private static Flow remainder(String kind, String listing, String place, JsonNode flow, double perTonne,
                                  double costPerTonneKm, double co2PerTonneKm, double payload) {
        double tonnes = flow.path("tonnes").asDouble();
        long truckTrips = PlanBuilder.truckTrips(tonnes, payload);
        if (place == null) {
            return new Flow(kind, listing, null, tonnes, 0, truckTrips, tonnes * perTonne, 0);
        }
        double km = flow.path("km").asDouble();
        return new Flow(kind, listing, place, tonnes, km, truckTrips, tonnes * (perTonne + costPerTonneKm * km),
                tonnes * km * co2PerTonneKm);
    }

    private static Map<String, JsonNode> places(JsonNode problem) {
        Map<String, JsonNode> places = new HashMap<>();
        for (String list : List.of("supplies", "demands", "disposalSites", "virginSources")) {
            for (JsonNode item : problem.path(list)) {
                places.put(item.path("id").asString(), item);
            }
        }
        return places;
    }

    private static GeoPoint point(JsonNode place) {
        return new GeoPoint(place.path("lon").asDouble(), place.path("lat").asDouble());
    }

    private static List<Double> position(GeoPoint point) {
        return List.of(point.lon(), point.lat());
    }

    private static String text(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** Tonnes carried km from one place to another (to is null for a remainder that only pays its penalty). */
    public record Flow(String kind, String from, String to, double tonnes, double km, long truckTrips, double cost,
                double co2Kg) {
    }
}
