package no.sirkel.proposal;

import java.util.UUID;

/**
 * How much of a listing is still free: its tonnes less those already promised in deals.
 *
 * @param kind           {@code supply} or {@code demand}, for messages
 * @param tonnes         the listing's quantity in tonnes
 * @param reservedTonnes tonnes promised in deals so far
 */
record ListingStock(String kind, UUID id, double tonnes, double reservedTonnes) {

    /** Below a kilogram, a difference in tonnes is rounding, not material. */
    static final double TOLERANCE_TONNES = 0.001;

    double remaining() {
        return tonnes - reservedTonnes;
    }

    /** Refuses (409) unless the listing still has the tonnes free. */
    void requireRemaining(double wanted) {
        if (remaining() + TOLERANCE_TONNES < wanted) {
            throw Conflicts.conflict(kind + " " + id + " has " + Conflicts.tonnes(remaining()) + " t left of "
                    + Conflicts.tonnes(tonnes) + " t; the proposal needs " + Conflicts.tonnes(wanted) + " t");
        }
    }

    /** The tonnes a deal of {@code wanted} tonnes reserves: never more than remain, so rounding cannot overdraw. */
    double reservationFor(double wanted) {
        return Math.min(wanted, remaining());
    }

    /** Whether nothing is left once the reservation is made. */
    boolean exhaustedBy(double reservation) {
        return remaining() - reservation < TOLERANCE_TONNES;
    }
}
