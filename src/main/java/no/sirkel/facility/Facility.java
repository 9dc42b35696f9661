package no.sirkel.facility;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import no.sirkel.geo.Coordinates;
import no.sirkel.geo.Crs;
import no.sirkel.geo.GeoJsonPoint;

/**
 * A disposal site, virgin source or storage hub as the API shows it. Money is NOK ex VAT.
 *
 * @param accepts               material codes a disposal site or hub takes; null: every material
 * @param materials             material codes a virgin source sells
 * @param maxContaminationClass highest condition class (1..5) a disposal site or hub takes; null: no limit
 * @param gateFeePerTonne       a disposal site's fee, NOK per tonne delivered
 * @param pricePerTonne         a virgin source's price, NOK per tonne at the gate
 * @param handlingFeePerTonne   a hub's fee for taking in and loading out, NOK per tonne
 * @param capacityTonnes        what a hub can hold at once, tonnes
 * @param active                false once deleted: kept for the scenarios that used it, left out of lists
 * @param version               increases with every change; the {@code ETag}
 */
public record Facility(UUID id, FacilityType type, String name, GeoJsonPoint location, String municipality,
                       List<String> accepts, List<String> materials, Integer maxContaminationClass,
                       BigDecimal gateFeePerTonne, BigDecimal pricePerTonne, BigDecimal handlingFeePerTonne,
                       Double capacityTonnes, boolean active, int version) {

    /** The facility with its location shown in {@code crs}'s axis order (stored in WGS84). */
    Facility inCrs(Crs crs) {
        return new Facility(id, type, name, Coordinates.show(location, crs), municipality, accepts, materials,
                maxContaminationClass, gateFeePerTonne, pricePerTonne, handlingFeePerTonne, capacityTonnes, active,
                version);
    }
}
