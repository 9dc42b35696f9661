package no.sirkel.listing.candidate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.sirkel.geo.GeoJsonPoint;

/**
 * The answer to a candidate search: the listing asked about, the rules applied, its cheapest conventional
 * alternative (where facilities exist) and the compatible active counterparts, cheapest transport first.
 *
 * @param listingId   the supply or demand the search is for
 * @param listingType {@code SUPPLY} (items are demands) or {@code DEMAND} (items are supplies)
 * @param parameters  the rules the search applied, defaults filled in
 * @param alternative what the listing would otherwise do per tonne: a supply's cheapest eligible disposal site, a
 *                    demand's cheapest eligible virgin source, transport included; absent where none is eligible
 * @param items       the candidates
 */
record Candidates<T>(UUID listingId, String listingType, Parameters parameters, Alternative alternative,
                     List<T> items) {

    /** The rules applied: haul limit in road km, road factor, NOK and kg CO2 per tonne-km. */
    record Parameters(int limit, double maxHaulKm, double roadFactor, double costPerTonneKm,
                      double co2KgPerTonneKm) {

        static Parameters of(CandidateQuery query) {
            CandidateRules rules = query.rules();
            return new Parameters(query.limit(), rules.maxHaulKm(), rules.roadFactor(), rules.costPerTonneKm(),
                    rules.co2KgPerTonneKm());
        }
    }

    /**
     * The listing's cheapest conventional way out (supply: a landfill) or in (demand: a quarry).
     *
     * @param facilityId   the disposal site or virgin source
     * @param type         {@code DISPOSAL} or {@code VIRGIN_SOURCE}
     * @param km           road km between the listing's site and the facility
     * @param costPerTonne gate fee or price plus transport, NOK per tonne
     */
    record Alternative(UUID facilityId, String type, String name, double km, double costPerTonne) {
    }

    /**
     * A demand that may take the supply. {@code km} is road km, {@code costPerTonne} transport NOK per tonne,
     * {@code co2KgPerTonne} transport kg CO2 per tonne, {@code savingPerTonne} the supply's alternative cost per tonne
     * minus {@code costPerTonne} (absent with no alternative; negative where disposal is cheaper).
     */
    record DemandCandidate(UUID id, UUID companyId, UUID siteId, String siteName, GeoJsonPoint location,
                           String municipality,
                           List<String> accepts, Integer maxContaminationClass, double tonnes, String kind,
                           LocalDate neededFrom, LocalDate neededTo, Double maxHaulKm,
                           double km, double costPerTonne, double co2KgPerTonne, Double savingPerTonne) {
    }

    /** A supply the demand may take; the numbers as for {@link DemandCandidate}, saving against virgin material. */
    record SupplyCandidate(UUID id, UUID companyId, UUID siteId, String siteName, GeoJsonPoint location,
                           String municipality,
                           String material, Integer contaminationClass, double tonnes, String kind,
                           LocalDate availableFrom, LocalDate availableTo,
                           double km, double costPerTonne, double co2KgPerTonne, Double savingPerTonne) {
    }
}
