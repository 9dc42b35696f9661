package no.sirkel.listing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import no.sirkel.geo.GeoJsonPoint;

/**
 * A supply listing: surplus material a company offers from one of its sites.
 *
 * @param contaminationClass Norwegian condition class 1..5, null for materials the classes do not apply to
 * @param tonnes             the quantity converted to tonnes (per year where {@code kind} is RECURRING)
 * @param location           the site's location, WGS84
 */
record Supply(UUID id, UUID siteId, UUID companyId, String material, Integer contaminationClass,
                     Quantity quantity, Double densityTonnesPerM3, double tonnes, ListingKind kind,
                     LocalDate availableFrom, LocalDate availableTo, String description, ListingStatus status,
                     int version, GeoJsonPoint location, Instant createdAt, Instant updatedAt) implements Listing {

    /** This supply written as a request, the base a merge patch applies to. */
    SupplyRequest asRequest() {
        return new SupplyRequest(siteId, material, contaminationClass, quantity, densityTonnesPerM3, kind.name(),
                availableFrom, availableTo, description, status.name());
    }
}
