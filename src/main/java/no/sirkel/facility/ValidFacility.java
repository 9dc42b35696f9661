package no.sirkel.facility;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import no.sirkel.geo.GeoPoint;

/** A facility request that passed validation, ready to be stored. */
record ValidFacility(FacilityType type, String name, GeoPoint location, String municipality, List<String> accepts,
                     List<String> materials, Integer maxContaminationClass, BigDecimal gateFeePerTonne,
                     BigDecimal pricePerTonne, BigDecimal handlingFeePerTonne, Double capacityTonnes,
                     List<Facility.Process> processes, List<Facility.Stock> stock, UUID operatingCompany) {
}
