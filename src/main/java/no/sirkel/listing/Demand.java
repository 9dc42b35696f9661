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
public record Demand(@Schema(description = "The listing's id") UUID id,
                     @Schema(description = "The site it is at (left out for other companies' listings a member sees)")
                     UUID siteId,
                     @Schema(description = "The owning company (left out for other companies' listings a member sees)")
                     UUID companyId,
                     @Schema(description = "Codes of the materials that would do; volumes are converted with the first")
                     List<String> accepts,
                     @Schema(description = "The highest condition class (1 to 5) accepted; null where no accepted "
                             + "material has classes")
                     Integer maxContaminationClass,
                     @Schema(description = "The amount and unit as written") Quantity quantity,
                     @Schema(description = "The listing's own density, t per m³ of the quantity's unit; null: the "
                             + "catalogue's")
                     Double densityTonnesPerM3,
                     @Schema(description = "The quantity in tonnes (per year where kind is RECURRING)") double tonnes,
                     @Schema(description = "ONE_OFF: the whole quantity; RECURRING: per year over the window")
                     ListingKind kind,
                     @Schema(description = "First day needed, ISO yyyy-mm-dd") LocalDate neededFrom,
                     @Schema(description = "Last day needed, ISO yyyy-mm-dd; null: open") LocalDate neededTo,
                     @Schema(description = "The farthest the receiver will haul from, road km; null for no limit")
                     Double maxHaulKm,
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
