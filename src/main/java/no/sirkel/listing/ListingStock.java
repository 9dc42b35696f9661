package no.sirkel.listing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * How much of a listing is still free, and what a deal or a publication needs to judge it by: its tonnes less those
 * already promised in deals, its status and its version (the count of its owner's edits).
 *
 * @param kind           {@code supply} or {@code demand}, for messages
 * @param companyId      the company the listing belongs to (it never changes)
 * @param tonnes         the listing's quantity in tonnes (per year for a recurring stream)
 * @param reservedTonnes tonnes promised in deals so far
 * @param listingKind    one-off or a recurring stream
 * @param windowFrom     the first day of the availability (supply) or need (demand) window; null: open
 * @param windowTo       the window's last day; null: open
 */
public record ListingStock(String kind, UUID id, UUID companyId, int version, ListingStatus status, double tonnes,
                           double reservedTonnes, ListingKind listingKind, LocalDate windowFrom,
                           LocalDate windowTo) {

    /** Below a kilogram, a difference in tonnes is rounding, not material. */
    public static final double TOLERANCE_TONNES = 0.001;

    public double remaining() {
        return tonnes - reservedTonnes;
    }

    /** Whether {@code wanted} tonnes are still free, within {@link #TOLERANCE_TONNES}. */
    public boolean has(double wanted) {
        return remaining() + TOLERANCE_TONNES >= wanted;
    }

    /** The tonnes a deal of {@code wanted} tonnes reserves: never more than remain, so rounding cannot overdraw. */
    public double reservationFor(double wanted) {
        return Math.min(wanted, remaining());
    }

    /** Whether nothing is left once the reservation is made. */
    boolean exhaustedBy(double reservation) {
        return remaining() - reservation < TOLERANCE_TONNES;
    }
}
