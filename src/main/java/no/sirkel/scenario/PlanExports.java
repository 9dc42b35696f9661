package no.sirkel.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.sirkel.geo.FeatureCollection;
import no.sirkel.geo.GeoPoint;
import no.sirkel.optimizer.plan.Plan;
import no.sirkel.optimizer.plan.FlowKind;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.web.Csv;

/**
 * A plan in the shapes GIS tools and spreadsheets take: its flows as GeoJSON LineStrings (WGS84, [lon, lat]) and as
 * CSV rows. A flow is a match (supply → demand), a disposal (supply or hub → landfill), a virgin delivery (quarry →
 * demand) and, in a plan over time (format v2), a flow to or from a storage hub; each v2 row carries its period's
 * first day. Every figure is the plan's own: each flow's cost, truck trips and CO2 as the optimizer stated them,
 * nothing priced again here. A remainder with no eligible landfill or quarry pays the optimizer's penalty, which is
 * not money: it is an {@code UNPLACED} or {@code UNMET} row (v2) or a remainder without a place (v1), without a cost,
 * drawn as a Point at its listing. Rows name their ends and material as the reader may see them ({@link PlanNames}).
 */
final class PlanExports {

    static final String CSV_HEADER = "period,kind,from,to,tonnes,km,truckTrips,cost,co2Kg,material,fromName,toName,"
            + "materialName";
    private static final String UNPLACED = "UNPLACED";
    private static final String UNMET = "UNMET";

    private PlanExports() {
    }

    static FeatureCollection geoJson(Problem problem, Plan plan, PlanNames names) {
        Map<String, Place> places = places(problem);
        List<FeatureCollection.Feature> features = new ArrayList<>();
        for (Flow flow : flows(problem, plan)) {
            Place from = places.get(flow.from());
            Place to = flow.to() == null ? null : places.get(flow.to());
            if (from == null || from.lat() == null || !flow.penalty() && (to == null || to.lat() == null)) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("period", flow.period());
            properties.put("kind", flow.kind());
            properties.put("from", flow.from());
            properties.put("fromName", names.place(flow.from()));
            properties.put("to", flow.to());
            properties.put("toName", names.place(flow.to()));
            properties.put("material", flow.material());
            properties.put("materialName", names.material(flow.material()));
            properties.put("tonnes", flow.tonnes());
            properties.put("km", flow.km());
            properties.put("truckTrips", flow.truckTrips());
            properties.put("cost", flow.cost());
            properties.put("co2Kg", flow.co2Kg());
            String id = flow.kind() + ":" + flow.from() + ":" + flow.to()
                    + (flow.period() == null ? "" : ":" + flow.period() + ":" + features.size());
            features.add(new FeatureCollection.Feature(id, flow.penalty()
                    ? Map.of("type", "Point", "coordinates", from.position())
                    : Map.of("type", "LineString", "coordinates", List.of(from.position(), to.position())),
                    properties));
        }
        return new FeatureCollection(features, null);
    }

    /** The flows that go from one place to another, with both places' positions; remainders with nowhere to go are left out. */
    static List<PlanFlow> lines(Problem problem, Plan plan) {
        Map<String, Place> places = places(problem);
        List<PlanFlow> lines = new ArrayList<>();
        for (Flow flow : flows(problem, plan)) {
            Place from = places.get(flow.from());
            Place to = flow.to() == null ? null : places.get(flow.to());
            if (from == null || to == null || from.lat() == null || to.lat() == null) {
                continue;
            }
            lines.add(new PlanFlow(flow, flow.material(), from.point(), to.point()));
        }
        return lines;
    }

    static String csv(Problem problem, Plan plan, PlanNames names) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (Flow flow : flows(problem, plan)) {
            csv.append(Csv.line(flow.period(), flow.kind(), flow.from(), flow.to(), flow.tonnes(), flow.km(),
                    flow.truckTrips(), flow.cost(), flow.co2Kg(), flow.material(), names.place(flow.from()),
                    names.place(flow.to()), names.material(flow.material())));
        }
        return csv.toString();
    }

    /**
     * Every flow of the plan with the material it carries (a match's or disposal's supply material, a virgin
     * delivery's first material the demand accepts that the quarry sells, a hub flow's stored material): a v2 plan's
     * flows and then its penalties, a v1 plan's matches, disposals and virgin deliveries.
     */
    static List<Flow> flows(Problem problem, Plan plan) {
        Map<String, Place> places = places(problem);
        return plan.timed() ? timedFlows(plan, places) : staticFlows(plan, places);
    }

    private static List<Flow> timedFlows(Plan plan, Map<String, Place> places) {
        List<Flow> flows = new ArrayList<>();
        for (Plan.Flow flow : plan.flows()) {
            String material = flow.material() != null ? flow.material()
                    : flow.kind() == FlowKind.VIRGIN ? virginMaterial(places, flow.from(), flow.to())
                    : material(places, flow.from());
            flows.add(new Flow(flow.period(), flow.kind().name(), flow.from(), flow.to(), material, flow.tonnes(),
                    flow.km(), flow.truckTrips(), flow.cost(), flow.co2Kg()));
        }
        for (Plan.Unplaced unplaced : plan.unplaced()) {
            flows.add(new Flow(unplaced.period(), UNPLACED, unplaced.supply(), null,
                    material(places, unplaced.supply()), unplaced.tonnes(), 0, 0, null, 0));
        }
        for (Plan.Unmet unmet : plan.unmet()) {
            flows.add(new Flow(unmet.period(), UNMET, unmet.demand(), null, null, unmet.tonnes(), 0, 0, null, 0));
        }
        return flows;
    }

    private static List<Flow> staticFlows(Plan plan, Map<String, Place> places) {
        List<Flow> flows = new ArrayList<>();
        for (Plan.Match match : plan.matches()) {
            flows.add(new Flow(null, "MATCH", match.supply(), match.demand(), material(places, match.supply()),
                    match.tonnes(), match.km(), match.truckTrips(), match.cost(), match.co2Kg()));
        }
        for (Plan.Disposal disposal : plan.disposals()) {
            flows.add(new Flow(null, "DISPOSAL", disposal.supply(), disposal.site(),
                    material(places, disposal.supply()), disposal.tonnes(), orZero(disposal.km()),
                    disposal.truckTrips() == null ? 0 : disposal.truckTrips(), disposal.cost(),
                    orZero(disposal.co2Kg())));
        }
        for (Plan.VirginDelivery delivery : plan.virginDeliveries()) {
            flows.add(delivery.source() == null
                    ? new Flow(null, "VIRGIN", delivery.demand(), null, null, delivery.tonnes(), 0,
                            delivery.truckTrips() == null ? 0 : delivery.truckTrips(), null, 0)
                    : new Flow(null, "VIRGIN", delivery.source(), delivery.demand(),
                            virginMaterial(places, delivery.source(), delivery.demand()), delivery.tonnes(),
                            orZero(delivery.km()), delivery.truckTrips() == null ? 0 : delivery.truckTrips(),
                            delivery.cost(), orZero(delivery.co2Kg())));
        }
        return flows;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }

    private static String material(Map<String, Place> places, String id) {
        Place place = places.get(id);
        return place == null || place.materials().isEmpty() ? null : place.materials().get(0);
    }

    /** The first material the demand accepts that the quarry sells (either list null: the other's first). */
    private static String virginMaterial(Map<String, Place> places, String source, String demand) {
        Place quarry = places.get(source);
        Place taker = places.get(demand);
        if (quarry == null || taker == null) {
            return null;
        }
        return taker.materials().stream().filter(quarry.materials()::contains).findFirst()
                .orElse(quarry.materials().isEmpty() ? material(places, demand) : quarry.materials().get(0));
    }

    private static Map<String, Place> places(Problem problem) {
        Map<String, Place> places = new HashMap<>();
        problem.supplies().forEach(supply -> places.put(supply.id(),
                new Place(supply.lat(), supply.lon(), List.of(supply.material()))));
        problem.demands().forEach(demand -> places.put(demand.id(), new Place(demand.lat(), demand.lon(),
                demand.accepts() == null ? List.of() : demand.accepts())));
        problem.disposalSites().forEach(site -> places.put(site.id(), new Place(site.lat(), site.lon(), List.of())));
        problem.virginSources().forEach(source -> places.put(source.id(), new Place(source.lat(), source.lon(),
                source.materials() == null ? List.of() : source.materials())));
        problem.storageHubs().forEach(hub -> places.put(hub.id(), new Place(hub.lat(), hub.lon(), List.of())));
        return places;
    }

    /**
     * Where a problem's item lies, WGS84 degrees (null for an item given only by its routes), and the material codes
     * a listing there carries or takes, or a quarry sells (empty for landfills and hubs).
     */
    private record Place(Double lat, Double lon, List<String> materials) {

        List<Double> position() {
            return List.of(lon, lat);
        }

        GeoPoint point() {
            return new GeoPoint(lon, lat);
        }
    }

    /**
     * Tonnes carried km from one place to another, as the plan states them.
     *
     * @param period   the first day of the flow's period in a v2 plan; null in a v1 plan
     * @param to       null for a remainder that only pays its penalty
     * @param material the material carried (a code), or null where the problem names none
     * @param cost     the plan's cost of the flow, NOK (a v2 flow's without its pair's fixed cost, which the plan
     *                 counts once per pair in its totals); null for a remainder that pays the penalty, which is not
     *                 money, and in a v1 plan stored before the optimizer stated remainders' costs
     */
    public record Flow(LocalDate period, String kind, String from, String to, String material, double tonnes,
                       double km, long truckTrips, Double cost, double co2Kg) {

        /** Whether the flow is a remainder with nowhere to go, paying the penalty. */
        boolean penalty() {
            return to == null;
        }
    }
}
