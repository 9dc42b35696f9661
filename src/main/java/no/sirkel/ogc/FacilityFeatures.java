package no.sirkel.ogc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sirkel.facility.Facility;
import no.sirkel.facility.FacilityService;
import no.sirkel.facility.FacilityType;
import no.sirkel.material.Language;
import no.sirkel.material.Material;
import no.sirkel.material.MaterialCatalogue;
import no.sirkel.security.Caller;
import no.sirkel.web.ApiException;
import no.sirkel.web.Cursor;
import reactor.core.publisher.Mono;

/** Active facilities (landfills, quarries, storage hubs) as features; every role reads them, as in the API. */
final class FacilityFeatures implements FeatureSource {

    private final FacilityService facilities;
    private final MaterialCatalogue catalogue;

    FacilityFeatures(FacilityService facilities, MaterialCatalogue catalogue) {
        this.facilities = facilities;
        this.catalogue = catalogue;
    }

    /**
     * A facility's properties for GIS, flat, materials as comma-separated codes and names in the reader's language.
     * Money is NOK per tonne ex VAT; capacity in tonnes.
     */
    record FacilityRow(String type, String name, String municipality, String accepts, String acceptsNames,
                       String materials, String materialsNames, Integer maxContaminationClass,
                       BigDecimal gateFeePerTonne, BigDecimal pricePerTonne, BigDecimal handlingFeePerTonne,
                       Double capacityTonnes) {
    }

    @Override
    public List<String> queryables() {
        return List.of("type", "material");
    }

    @Override
    public Mono<Page> items(Caller caller, String collectionId, ItemsQuery query, Language language) {
        String typeName = query.properties().get("type");
        FacilityType type = typeName == null ? null : FacilityType.parse(typeName)
                .orElseThrow(() -> ApiException.badRequest("type", "field.oneOf", FacilityType.names()));
        UUID after = Cursor.afterId(query.cursor());
        int limit = query.limit();
        return Mono.zip(facilities.search(type, query.properties().get("material"),
                                query.area() == null ? null : query.area().wgs84(), after, limit + 1).collectList(),
                        catalogue.byCode())
                .map(found -> {
                    List<Facility> page = found.getT1().size() > limit ? found.getT1().subList(0, limit)
                            : found.getT1();
                    String next = found.getT1().size() > limit ? Cursor.after(page.get(limit - 1).id()) : null;
                    return new Page(page.stream()
                            .filter(facility -> query.area() == null
                                    || query.area().contains(Geometries.wgs84(facility.location())))
                            .map(facility -> feature(facility, query, found.getT2(), language))
                            .toList(), next);
                });
    }

    @Override
    public Mono<OgcDocuments.Feature> item(Caller caller, String collectionId, String featureId, ItemsQuery query,
                                           Language language) {
        UUID id = FeatureSource.uuid(featureId, "facility");
        return Mono.zip(facilities.find(id), catalogue.byCode())
                .map(found -> feature(found.getT1(), query, found.getT2(), language));
    }

    private static OgcDocuments.Feature feature(Facility facility, ItemsQuery query, Map<String, Material> catalogue,
                                                Language language) {
        return new OgcDocuments.Feature(facility.id().toString(), Geometries.point(facility.location(), query.crs()),
                new FacilityRow(facility.type().name(), facility.name(), facility.municipality(),
                        codes(facility.accepts()), names(facility.accepts(), catalogue, language),
                        codes(facility.materials()), names(facility.materials(), catalogue, language),
                        facility.maxContaminationClass(), facility.gateFeePerTonne(), facility.pricePerTonne(),
                        facility.handlingFeePerTonne(), facility.capacityTonnes()));
    }

    private static String codes(List<String> codes) {
        return codes == null ? null : String.join(",", codes);
    }

    private static String names(List<String> codes, Map<String, Material> catalogue, Language language) {
        return codes == null ? null : codes.stream()
                .map(code -> catalogue.containsKey(code) ? catalogue.get(code).name(language) : code)
                .collect(Collectors.joining(", "));
    }
}
