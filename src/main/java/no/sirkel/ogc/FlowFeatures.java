package no.sirkel.ogc;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import no.sirkel.geo.GeoPoint;
import no.sirkel.material.Language;
import no.sirkel.material.Material;
import no.sirkel.material.MaterialCatalogue;
import no.sirkel.scenario.PlanFlow;
import no.sirkel.scenario.ScenarioPlans;
import no.sirkel.security.Caller;
import no.sirkel.web.ApiException;
import no.sirkel.web.Cursor;
import reactor.core.publisher.Mono;

/**
 * A scenario plan's flows as LineStrings from where the masses are to where they go; planners and admins only. A
 * plan is read whole, so pages are offsets into it (the cursor holds the index of the next flow).
 */
final class FlowFeatures implements FeatureSource {

    static final String PREFIX = "flows-";
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final ScenarioPlans plans;
    private final MaterialCatalogue catalogue;

    FlowFeatures(ScenarioPlans plans, MaterialCatalogue catalogue) {
        this.plans = plans;
        this.catalogue = catalogue;
    }

    /**
     * A flow's properties: kind (MATCH, DISPOSAL, VIRGIN), the ids of its two ends, the material (code and name in
     * the reader's language), tonnes, km by road estimate, truck trips, cost in NOK and CO2 in kg.
     */
    record FlowRow(String kind, String from, String to, String material, String materialName, double tonnes,
                   double km, long truckTrips, Double cost, double co2Kg) {
    }

    static String collectionId(UUID scenarioId) {
        return PREFIX + scenarioId;
    }

    /** The scenario a flows collection id names; 404 where it names none. */
    static UUID scenarioId(String collectionId) {
        try {
            return UUID.fromString(collectionId.substring(PREFIX.length()));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw ApiException.notFound("collection", collectionId);
        }
    }

    @Override
    public List<String> queryables() {
        return List.of("kind", "material");
    }

    @Override
    public Mono<Page> items(Caller caller, String collectionId, ItemsQuery query, Language language) {
        Cursor cursor = Cursor.parse(query.cursor());
        int start = cursor == null ? 0 : cursor.offset(0);
        return Mono.zip(plans.flows(caller, scenarioId(collectionId)), catalogue.byCode()).map(found -> {
            List<PlanFlow> selected = found.getT1().stream().filter(flow -> selects(flow, query)).toList();
            int end = Math.min(selected.size(), start + query.limit());
            List<OgcDocuments.Feature> features = selected.subList(Math.min(start, end), end).stream()
                    .map(flow -> feature(flow, query, found.getT2(), language)).toList();
            return new Page(features, end < selected.size() ? Cursor.after(end) : null);
        });
    }

    @Override
    public Mono<OgcDocuments.Feature> item(Caller caller, String collectionId, String featureId, ItemsQuery query,
                                           Language language) {
        return Mono.zip(plans.flows(caller, scenarioId(collectionId)), catalogue.byCode())
                .flatMap(found -> Mono.justOrEmpty(found.getT1().stream()
                        .filter(flow -> flow.id().equals(featureId)).findFirst()
                        .map(flow -> feature(flow, query, found.getT2(), language))))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("flow", featureId)));
    }

    private static boolean selects(PlanFlow flow, ItemsQuery query) {
        String kind = query.properties().get("kind");
        String material = query.properties().get("material");
        return (kind == null || kind.equals(flow.flow().kind()))
                && (material == null || material.equals(flow.material()))
                && (query.area() == null || crosses(flow, query.area()));
    }

    /** Whether the straight line between the flow's ends meets the area, in the area's CRS. */
    private static boolean crosses(PlanFlow flow, ItemsQuery.Area area) {
        Envelope envelope = new Envelope(area.minX(), area.maxX(), area.minY(), area.maxY());
        return GEOMETRY.createLineString(new Coordinate[] {coordinate(flow.fromAt(), area),
                coordinate(flow.toAt(), area)}).intersects(GEOMETRY.toGeometry(envelope));
    }

    private static Coordinate coordinate(GeoPoint point, ItemsQuery.Area area) {
        double[] position = area.crs().fromLonLat(point.lon(), point.lat());
        return new Coordinate(position[0], position[1]);
    }

    private static OgcDocuments.Feature feature(PlanFlow flow, ItemsQuery query, Map<String, Material> catalogue,
                                                Language language) {
        Material material = flow.material() == null ? null : catalogue.get(flow.material());
        return new OgcDocuments.Feature(flow.id(), Geometries.line(flow.fromAt(), flow.toAt(), query.crs()),
                new FlowRow(flow.flow().kind(), flow.flow().from(), flow.flow().to(), flow.material(),
                        material == null ? null : material.name(language), flow.flow().tonnes(), flow.flow().km(),
                        flow.flow().truckTrips(), flow.flow().cost(), flow.flow().co2Kg()));
    }
}
