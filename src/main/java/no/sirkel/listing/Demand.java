package no.sirkel.listing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.sirkel.geo.GeoJsonPoint;

/**
 * A demand listing: material a company needs at one of its sites.
 *
 * @param accepts               codes of the materials that would do, the first being the one volumes are converted with
 * @param maxContaminationClass the highest condition class (1..5) accepted, null where no accepted material has classes
 * @param tonnes                the quantity converted to tonnes (per year where {@code kind} is RECURRING)
 * @param maxHaulKm             the farthest the receiver will haul from, km, or null for no limit
 * @param location              the site's location, WGS84
 */
record Demand(UUID id, UUID siteId, UUID companyId, List<String> accepts, Integer maxContaminationClass,
                     Quantity quantity, Double densityTonnesPerM3, double tonnes, ListingKind kind,
                     LocalDate neededFrom, LocalDate neededTo, Double maxHaulKm, String description,
                     ListingStatus status, int version, GeoJsonPoint location, Instant createdAt, Instant updatedAt)
        implements Listing {

    /** This demand written as a request, the base a merge patch applies to. */
    DemandRequest asRequest() {
        return new DemandRequest(siteId, accepts, maxContaminationClass, quantity, densityTonnesPerM3, kind.name(),
                neededFrom, neededTo, maxHaulKm, description, status.name());
    }
}
