package no.sirkel.listing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A supply or demand as reports and indicators count it.
 *
 * @param supply             true for a supply, false for a demand
 * @param materials          the supply's material, or the materials the demand accepts
 * @param contaminationClass the supply's class, or the demand's highest accepted class; null: not given
 * @param tonnes             the quantity in tonnes (per year where recurring)
 * @param from               start of the availability or need window; null: open
 * @param to                 end of the window; null: open
 * @param municipality       the site's municipality, or null
 * @param lat                the site's latitude, WGS84 degrees
 * @param lon                the site's longitude, WGS84 degrees
 * @param quantityUnit       the unit code the owner gave the quantity in ({@code t}, {@code m3_solid},
 *                           {@code m3_loose})
 * @param tonnesPerUnit      tonnes per one of {@code quantityUnit}, as the listing's own conversion made them
 */
public record ListingFact(UUID id, boolean supply, UUID companyId, UUID siteId, String municipality,
                          List<String> materials, Integer contaminationClass, double tonnes, LocalDate from,
                          LocalDate to, ListingStatus status, Instant createdAt, double lat, double lon,
                          String quantityUnit, double tonnesPerUnit) {
}
