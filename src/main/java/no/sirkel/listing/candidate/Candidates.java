package no.sirkel.listing.candidate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import no.sirkel.geo.GeoJsonPoint;
import no.sirkel.listing.ListingDescriptions;
import no.sirkel.listing.ListingPrivacy;

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
record Candidates<T>(@Schema(description = "The supply or demand the search is for") UUID listingId,
                     @Schema(description = "SUPPLY (items are demands) or DEMAND (items are supplies)",
                             allowableValues = {"SUPPLY", "DEMAND"})
                     String listingType,
                     @Schema(description = "The rules the search applied, defaults filled in") Parameters parameters,
                     @Schema(description = "What the listing would otherwise do per tonne, transport included: a "
                             + "supply's cheapest eligible disposal site, a demand's cheapest eligible virgin source; "
                             + "absent where none is eligible")
                     Alternative alternative,
                     @Schema(description = "The compatible active counterparts, cheapest transport per tonne first")
                     List<T> items) {

    // Field descriptions of the API document that DemandCandidate and SupplyCandidate share
    private static final String SITE = "The site it is at (left out as companyId)";
    private static final String SITE_NAME = "The site's name (left out as companyId)";
    private static final String MUNICIPALITY = "The site's municipality";
    private static final String KIND = "ONE_OFF or RECURRING";
    private static final String KM = "Road km between the two sites";
    private static final String COST_PER_TONNE = "Transport cost, NOK per tonne";
    private static final String CO2_PER_TONNE = "Transport emissions, kg CO2 per tonne";

    /** The rules applied: haul limit in road km, road factor, NOK and kg CO2 per tonne-km. */
    @Schema(name = "CandidateSearchRules", description = "The rules a candidate search applied")
    record Parameters(@Schema(description = "Candidates answered at most") int limit,
                      @Schema(description = "Longest road haul considered, km") double maxHaulKm,
                      @Schema(description = "Road km per great-circle km") double roadFactor,
                      @Schema(description = "Transport cost, NOK per tonne-km") double costPerTonneKm,
                      @Schema(description = "Transport emissions, kg CO2 per tonne-km") double co2KgPerTonneKm) {

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
    @Schema(name = "CandidateAlternative", description = "A listing's cheapest conventional way out (a landfill) or in "
            + "(a quarry)")
    record Alternative(@Schema(description = "The disposal site or virgin source") UUID facilityId,
                       @Schema(description = "DISPOSAL or VIRGIN_SOURCE", allowableValues = {"DISPOSAL",
                               "VIRGIN_SOURCE"})
                       String type,
                       @Schema(description = "The facility's name") String name,
                       @Schema(description = "Road km between the listing's site and the facility") double km,
                       @Schema(description = "Gate fee or price plus transport, NOK per tonne") double costPerTonne) {
    }

    /**
     * A demand that may take the supply. {@code km} is road km, {@code costPerTonne} transport NOK per tonne,
     * {@code co2KgPerTonne} transport kg CO2 per tonne, {@code savingPerTonne} the supply's alternative cost per tonne
     * minus {@code costPerTonne} (absent with no alternative; negative where disposal is cheaper).
     */
    @Schema(description = "A demand that may take the supply")
    record DemandCandidate(@Schema(description = ListingDescriptions.ID) UUID id,
                           @Schema(description = ListingDescriptions.COMPANY) UUID companyId,
                           @Schema(description = SITE) UUID siteId,
                           @Schema(description = SITE_NAME) String siteName,
                           @Schema(description = ListingDescriptions.LOCATION)
                           GeoJsonPoint location,
                           @Schema(description = MUNICIPALITY) String municipality,
                           @Schema(description = "The material codes it accepts") List<String> accepts,
                           @Schema(description = "The highest condition class (1 to 5) it accepts; null: any")
                           Integer maxContaminationClass,
                           @Schema(description = "The tonnes needed (per year where kind is RECURRING)") double tonnes,
                           @Schema(description = KIND, allowableValues = {"ONE_OFF", "RECURRING"})
                           String kind,
                           @Schema(description = ListingDescriptions.NEEDED_FROM) LocalDate neededFrom,
                           @Schema(description = ListingDescriptions.NEEDED_TO) LocalDate neededTo,
                           @Schema(description = "The longest haul the demand takes, road km; null: the search's")
                           Double maxHaulKm,
                           @Schema(description = KM) double km,
                           @Schema(description = COST_PER_TONNE) double costPerTonne,
                           @Schema(description = CO2_PER_TONNE) double co2KgPerTonne,
                           @Schema(description = "The supply's alternative (disposal) cost per tonne minus "
                                   + "costPerTonne, NOK per tonne; negative where disposal is cheaper, absent where "
                                   + "there is no alternative")
                           Double savingPerTonne) {

        /** Without its company and site, at its coarse location ({@link ListingPrivacy}). */
        DemandCandidate anonymised() {
            return new DemandCandidate(id, null, null, null, ListingPrivacy.coarse(location), municipality, accepts,
                    maxContaminationClass, tonnes, kind, neededFrom, neededTo, maxHaulKm, km, costPerTonne,
                    co2KgPerTonne, savingPerTonne);
        }
    }

    /** A supply the demand may take; the numbers as for {@link DemandCandidate}, saving against virgin material. */
    @Schema(description = "A supply the demand may take")
    record SupplyCandidate(@Schema(description = ListingDescriptions.ID) UUID id,
                           @Schema(description = ListingDescriptions.COMPANY) UUID companyId,
                           @Schema(description = SITE) UUID siteId,
                           @Schema(description = SITE_NAME) String siteName,
                           @Schema(description = ListingDescriptions.LOCATION)
                           GeoJsonPoint location,
                           @Schema(description = MUNICIPALITY) String municipality,
                           @Schema(description = "The material's code") String material,
                           @Schema(description = "Condition class 1 (clean) to 5; null where the material has none")
                           Integer contaminationClass,
                           @Schema(description = "The tonnes offered (per year where kind is RECURRING)")
                           double tonnes,
                           @Schema(description = KIND, allowableValues = {"ONE_OFF", "RECURRING"})
                           String kind,
                           @Schema(description = ListingDescriptions.AVAILABLE_FROM) LocalDate availableFrom,
                           @Schema(description = ListingDescriptions.AVAILABLE_TO) LocalDate availableTo,
                           @Schema(description = KM) double km,
                           @Schema(description = COST_PER_TONNE) double costPerTonne,
                           @Schema(description = CO2_PER_TONNE) double co2KgPerTonne,
                           @Schema(description = "The demand's alternative (virgin material) cost per tonne minus "
                                   + "costPerTonne, NOK per tonne; negative where virgin material is cheaper, absent "
                                   + "where there is no alternative")
                           Double savingPerTonne) {

        /** Without its company and site, at its coarse location ({@link ListingPrivacy}). */
        SupplyCandidate anonymised() {
            return new SupplyCandidate(id, null, null, null, ListingPrivacy.coarse(location), municipality, material,
                    contaminationClass, tonnes, kind, availableFrom, availableTo, km, costPerTonne, co2KgPerTonne,
                    savingPerTonne);
        }
    }
}
