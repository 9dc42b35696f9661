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
public record Supply(@Schema(description = "The listing's id") UUID id,
                     @Schema(description = "The site it is at (left out for other companies' listings a member sees)")
                     UUID siteId,
                     @Schema(description = "The owning company (left out for other companies' listings a member sees)")
                     UUID companyId,
                     @Schema(description = "The material's code") String material,
                     @Schema(description = "Condition class 1 (clean) to 5; null where the material has no classes")
                     Integer contaminationClass,
                     @Schema(description = "The amount and unit as written") Quantity quantity,
                     @Schema(description = "The listing's own density, t per m³ of the quantity's unit; null: the "
                             + "catalogue's")
                     Double densityTonnesPerM3,
                     @Schema(description = "The quantity in tonnes (per year where kind is RECURRING)") double tonnes,
                     @Schema(description = "ONE_OFF: the whole quantity; RECURRING: per year over the window")
                     ListingKind kind,
                     @Schema(description = "First day available, ISO yyyy-mm-dd") LocalDate availableFrom,
                     @Schema(description = "Last day available, ISO yyyy-mm-dd; null: open") LocalDate availableTo,
                     @Schema(description = "Free text as the owner wrote it") String description,
                     @Schema(description = "DRAFT, ACTIVE, CLOSED or MATCHED (once deals used it up)")
                     ListingStatus status,
                     @Schema(description = "Increases with every change; sent as the ETag") int version,
                     @Schema(description = "The site's location, GeoJSON Point in WGS84; for other companies' listings "
                             + "a member sees, snapped to a 0.01° by 0.02° grid")
                     GeoJsonPoint location,
                     @Schema(description = "When it was created (ISO 8601 UTC)") Instant createdAt,
                     @Schema(description = "When it last changed (ISO 8601 UTC)") Instant updatedAt)
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
