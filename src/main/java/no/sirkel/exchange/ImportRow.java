package no.sirkel.exchange;

import java.util.UUID;

import no.sirkel.geo.Crs;
import no.sirkel.geo.GeoJsonPoint;
import no.sirkel.listing.DemandRequest;
import no.sirkel.listing.SupplyRequest;

/**
 * One understood row of an import: a supply or a demand (the other is null) at a site of a company.
 *
 * @param location the new site's position as written (x, y in {@code crs}), or null where the row gives none
 */
record ImportRow(int number, UUID companyId, String siteName, GeoJsonPoint location, Crs crs, String municipality,
                 String address, SupplyRequest supply, DemandRequest demand) {

    /** The key of the row's site: its company and its name, as names are compared (trimmed, case-blind). */
    SiteKey site() {
        return new SiteKey(companyId, siteName.trim().toLowerCase(java.util.Locale.ROOT));
    }

    record SiteKey(UUID companyId, String name) {
    }

    ImportRow atSite(UUID siteId) {
        return new ImportRow(number, companyId, siteName, location, crs, municipality, address,
                supply == null ? null : new SupplyRequest(siteId, supply.material(), supply.contaminationClass(),
                        supply.quantity(), supply.densityTonnesPerM3(), supply.kind(), supply.availableFrom(),
                        supply.availableTo(), supply.description(), supply.status()),
                demand == null ? null : new DemandRequest(siteId, demand.accepts(), demand.maxContaminationClass(),
                        demand.quantity(), demand.densityTonnesPerM3(), demand.kind(), demand.neededFrom(),
                        demand.neededTo(), demand.maxHaulKm(), demand.description(), demand.status()));
    }
}
