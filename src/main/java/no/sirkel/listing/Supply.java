package no.sirkel.listing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import no.sirkel.geo.GeoJsonPoint;

/**
 * A supply listing: surplus material a company offers from one of its sites.
 *
 * @param contaminationClass Norwegian condition class 1..5, null for materials the classes do not apply to
 * @param tonnes             the quantity converted to tonnes (per year where {@code kind} is RECURRING)
 * @param location           the site's location, WGS84
 */
public record Supply(@Schema(description = ListingDescriptions.ID) UUID id,
                     @Schema(description = ListingDescriptions.SITE)
                     UUID siteId,
                     @Schema(description = ListingDescriptions.COMPANY)
                     UUID companyId,
                     @Schema(description = "The material's code") String material,
                     @Schema(description = "Condition class 1 (clean) to 5; null where the material has no classes")
                     Integer contaminationClass,
                     @Schema(description = ListingDescriptions.QUANTITY) Quantity quantity,
                     @Schema(description = ListingDescriptions.DENSITY)
                     Double densityTonnesPerM3,
                     @Schema(description = ListingDescriptions.TONNES) double tonnes,
                     @Schema(description = ListingDescriptions.KIND)
                     ListingKind kind,
                     @Schema(description = ListingDescriptions.AVAILABLE_FROM) LocalDate availableFrom,
                     @Schema(description = ListingDescriptions.AVAILABLE_TO) LocalDate availableTo,
                     @Schema(description = ListingDescriptions.DESCRIPTION) String description,
                     @Schema(description = ListingDescriptions.STATUS)
                     ListingStatus status,
                     @Schema(description = ListingDescriptions.VERSION) int version,
                     @Schema(description = ListingDescriptions.LOCATION)
                     GeoJsonPoint location,
                     @Schema(description = ListingDescriptions.CREATED_AT) Instant createdAt,
                     @Schema(description = ListingDescriptions.UPDATED_AT) Instant updatedAt)
        implements Listing {

    /** This supply without its company and site, at its {@link ListingPrivacy#coarse coarse} location. */
    Supply anonymised() {
        return new Supply(id, null, null, material, contaminationClass, quantity, densityTonnesPerM3, tonnes, kind,
                availableFrom, availableTo, description, status, version, ListingPrivacy.coarse(location), createdAt,
                updatedAt);
    }

    /** This supply written as a request, the base a merge patch applies to. */
    SupplyRequest asRequest() {
        return new SupplyRequest(siteId, material, contaminationClass, quantity, densityTonnesPerM3, kind.name(),
                availableFrom, availableTo, description, status.name());
    }
}
