package no.sirkel.listing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
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
public record Demand(@Schema(description = ListingDescriptions.ID) UUID id,
                     @Schema(description = ListingDescriptions.SITE)
                     UUID siteId,
                     @Schema(description = ListingDescriptions.COMPANY)
                     UUID companyId,
                     @Schema(description = "Codes of the materials that would do; volumes are converted with the first")
                     List<String> accepts,
                     @Schema(description = "The highest condition class (1 to 5) accepted; null where no accepted "
                             + "material has classes")
                     Integer maxContaminationClass,
                     @Schema(description = ListingDescriptions.QUANTITY) Quantity quantity,
                     @Schema(description = ListingDescriptions.DENSITY)
                     Double densityTonnesPerM3,
                     @Schema(description = ListingDescriptions.TONNES) double tonnes,
                     @Schema(description = ListingDescriptions.KIND)
                     ListingKind kind,
                     @Schema(description = ListingDescriptions.NEEDED_FROM) LocalDate neededFrom,
                     @Schema(description = ListingDescriptions.NEEDED_TO) LocalDate neededTo,
                     @Schema(description = "The farthest the receiver will haul from, road km; null for no limit")
                     Double maxHaulKm,
                     @Schema(description = ListingDescriptions.DESCRIPTION) String description,
                     @Schema(description = ListingDescriptions.STATUS)
                     ListingStatus status,
                     @Schema(description = ListingDescriptions.VERSION) int version,
                     @Schema(description = ListingDescriptions.LOCATION)
                     GeoJsonPoint location,
                     @Schema(description = ListingDescriptions.CREATED_AT) Instant createdAt,
                     @Schema(description = ListingDescriptions.UPDATED_AT) Instant updatedAt)
        implements Listing {

    /** This demand without its company and site, at its {@link ListingPrivacy#coarse coarse} location. */
    Demand anonymised() {
        return new Demand(id, null, null, accepts, maxContaminationClass, quantity, densityTonnesPerM3, tonnes, kind,
                neededFrom, neededTo, maxHaulKm, description, status, version, ListingPrivacy.coarse(location),
                createdAt, updatedAt);
    }

    /** This demand written as a request, the base a merge patch applies to. */
    DemandRequest asRequest() {
        return new DemandRequest(siteId, accepts, maxContaminationClass, quantity, densityTonnesPerM3, kind.name(),
                neededFrom, neededTo, maxHaulKm, description, status.name());
    }
}
