package no.sirkel.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;


/**
 * A delivery under a deal, recorded by the receiving side.
 *
 * @param proposalId  the deal
 * @param date        the day the masses arrived
 * @param tonnes      tonnes delivered (converted from {@code quantity} where that was given)
 * @param quantity    the amount as given in the listing's unit, or null where tonnes were given
 * @param truckTrips  truck loads it took
 * @param ticket      the weighbridge ticket number, or null
 * @param disputeNote the supplier's note while it disputes the delivery, else null
 */
public record Delivery(UUID id, UUID proposalId, LocalDate date, double tonnes, Amount quantity, int truckTrips,
                       String ticket, DeliveryState state, String disputeNote, Instant createdAt, Instant updatedAt) {

    /** Delivery days, report days and indicator months are Norwegian calendar days. */
    public static final ZoneId CALENDAR = ZoneId.of("Europe/Oslo");

    /** Whether it counts as delivered: recorded and not disputed. */
    public boolean counts() {
        return state == DeliveryState.RECORDED;
    }
}
