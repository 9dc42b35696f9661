package no.sirkel.facility;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import no.sirkel.geo.Coordinates;
import no.sirkel.geo.Crs;
import no.sirkel.geo.GeoJsonPoint;
import no.sirkel.security.Caller;

/**
 * A disposal site, virgin source or storage hub as the API shows it. Money is NOK ex VAT.
 *
 * @param accepts               material codes a disposal site or hub takes; null: every material
 * @param materials             material codes a virgin source sells
 * @param maxContaminationClass highest condition class (1..5) a disposal site or hub takes; null: no limit
 * @param gateFeePerTonne       a disposal site's fee, NOK per tonne delivered
 * @param pricePerTonne         a virgin source's price, NOK per tonne at the gate
 * @param handlingFeePerTonne   a hub's fee for taking in and loading out, NOK per tonne
 * @param capacityTonnes        what a hub can hold at once, tonnes; for a disposal site or virgin source what it takes
 *                              or sells per year, tonnes (null: no limit)
 * @param processes             a hub's processing on the way in (empty for other types)
 * @param stock                 what lies at a hub now (empty for other types)
 * @param operatingCompany      the company that runs a hub and edits it; null where the region runs it
 * @param active                false once deleted: kept for the scenarios that used it, left out of lists
 * @param version               increases with every change; the {@code ETag}
 */
public record Facility(@Schema(description = "The facility's id") UUID id,
                       @Schema(description = TYPE_DESCRIPTION,
                               allowableValues = {"DISPOSAL", "VIRGIN_SOURCE", "STORAGE_HUB"})
                       FacilityType type,
                       @Schema(description = NAME_DESCRIPTION) String name,
                       @Schema(description = LOCATION_DESCRIPTION)
                       GeoJsonPoint location,
                       @Schema(description = MUNICIPALITY_DESCRIPTION) String municipality,
                       @Schema(description = ACCEPTS_DESCRIPTION) List<String> accepts,
                       @Schema(description = MATERIALS_DESCRIPTION) List<String> materials,
                       @Schema(description = MAX_CLASS_DESCRIPTION)
                       Integer maxContaminationClass,
                       @Schema(description = GATE_FEE_DESCRIPTION)
                       BigDecimal gateFeePerTonne,
                       @Schema(description = PRICE_DESCRIPTION)
                       BigDecimal pricePerTonne,
                       @Schema(description = HANDLING_FEE_DESCRIPTION)
                       BigDecimal handlingFeePerTonne,
                       @Schema(description = CAPACITY_DESCRIPTION)
                       Double capacityTonnes,
                       @Schema(description = PROCESSES_DESCRIPTION)
                       List<Process> processes,
                       @Schema(description = STOCK_DESCRIPTION) List<Stock> stock,
                       @Schema(description = OPERATING_COMPANY_DESCRIPTION)
                       UUID operatingCompany,
                       @Schema(description = "False once deleted: kept for the scenarios that used it") boolean active,
                       @Schema(description = "Increases with every change; sent as the ETag") int version) {

    // Field descriptions of the API document, shared with FacilityRequest
    static final String TYPE_DESCRIPTION = "DISPOSAL (landfill), VIRGIN_SOURCE (quarry) or STORAGE_HUB";
    static final String NAME_DESCRIPTION = "The facility's name, 1 to 200 characters";
    static final String LOCATION_DESCRIPTION = "Where it is: a GeoJSON Point in the CRS in use (WGS84 longitude,"
            + " latitude by default)";
    static final String MUNICIPALITY_DESCRIPTION = "The municipality, at most 100 characters";
    static final String ACCEPTS_DESCRIPTION = "Material codes a landfill or hub takes";
    static final String MATERIALS_DESCRIPTION = "Material codes a quarry sells";
    static final String MAX_CLASS_DESCRIPTION = "The worst condition class a landfill or hub takes, 1 (clean) to 5";
    static final String GATE_FEE_DESCRIPTION = "A landfill's gate fee, NOK per tonne (≥ 0, two decimals)";
    static final String PRICE_DESCRIPTION = "A quarry's price, NOK per tonne (≥ 0, two decimals)";
    static final String HANDLING_FEE_DESCRIPTION = "A hub's fee for taking in and loading out, NOK per tonne";
    static final String CAPACITY_DESCRIPTION = "What a hub holds at once, tonnes; what a landfill takes or a quarry"
            + " sells per year, tonnes (null: no limit)";
    static final String PROCESSES_DESCRIPTION = "A hub's processing on the way in (empty for other types)";
    static final String STOCK_DESCRIPTION = "What lies at a hub now (empty for other types)";
    static final String OPERATING_COMPANY_DESCRIPTION = "The company that runs a hub and may edit it; null where the"
            + " region runs it";

    /**
     * Processing a hub applies to material on the way in, such as crushing blasted rock into aggregate; what comes
     * out keeps the contamination class of what went in.
     *
     * @param from        material code taken in
     * @param to          material code stored
     * @param feePerTonne NOK per tonne processed, on top of the handling fee
     */
    public record Process(@Schema(description = "Material code taken in") String from,
                          @Schema(description = "Material code stored") String to,
                          @Schema(description = "NOK per tonne processed, on top of the handling fee")
                          BigDecimal feePerTonne) {
    }

    /**
     * Material lying at a hub.
     *
     * @param contaminationClass 1..5, or null where the material has no classes (counts as clean)
     */
    public record Stock(@Schema(description = "Material code") String material,
                        @Schema(description = "Condition class 1 to 5, or null where the material has none")
                        Integer contaminationClass,
                        @Schema(description = "Tonnes lying at the hub") double tonnes) {
    }

    /** The facility with its location shown in {@code crs}'s axis order (stored in WGS84). */
    Facility inCrs(Crs crs) {
        return new Facility(id, type, name, Coordinates.show(location, crs), municipality, accepts, materials,
                maxContaminationClass, gateFeePerTonne, pricePerTonne, handlingFeePerTonne, capacityTonnes, processes,
                stock, operatingCompany, active, version);
    }

    /** Whether the caller may change or delete this facility: a company's hub is its own, the rest the region's. */
    public boolean editableBy(Caller caller) {
        return operatingCompany == null ? caller.isAdmin() || caller.isPlanner() : caller.canWriteFor(operatingCompany);
    }
}
