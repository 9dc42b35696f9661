package no.sirkel.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A proposal both sides accepted, with the facts other features (deliveries, reports, indicators) need.
 *
 * @param proposalId         the proposal's id
 * @param tonnes             tonnes agreed
 * @param km                 road km between the two sites, as planned
 * @param material           the supply's material code
 * @param contaminationClass the supply's condition class 1..5, or null where classes do not apply
 * @param windowFrom         the first day both windows share (the later start), or null: open
 * @param windowTo           the last day both windows share (the earlier end), or null: open
 * @param listedAt           when the later of the two listings was created: from then on the match was possible
 * @param agreedAt           when the proposal became a deal
 * @param quantityUnit       the supply listing's unit code ({@code t}, {@code m3_solid}, {@code m3_loose})
 * @param tonnesPerUnit      tonnes per one of {@code quantityUnit}, as the listing's own conversion made them
 */
public record Deal(UUID proposalId, double tonnes, double km, String material, Integer contaminationClass,
                   LocalDate windowFrom, LocalDate windowTo, Instant listedAt, Instant agreedAt,
                   String quantityUnit, double tonnesPerUnit, Party supplier, Party receiver) {

    /**
     * One side of the deal.
     *
     * @param listingId the side's supply or demand
     * @param lat       the site's latitude, WGS84 degrees
     * @param lon       the site's longitude, WGS84 degrees
     */
    public record Party(UUID companyId, String companyName, UUID listingId, UUID siteId, String municipality,
                        double lat, double lon) {
    }

    /** Whether the company supplies the masses (or owns both sides). */
    public boolean isSuppliedBy(UUID company) {
        return supplier.companyId().equals(company);
    }

    /** Whether the company receives the masses (or owns both sides). */
    public boolean isReceivedBy(UUID company) {
        return receiver.companyId().equals(company);
    }
}
