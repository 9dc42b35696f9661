package no.sirkel.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;


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
public record Delivery(@Schema(description = "The delivery's id") UUID id,
                       @Schema(description = "The deal (a proposal in state DEAL)") UUID proposalId,
                       @Schema(description = "The day the masses arrived, ISO yyyy-mm-dd") LocalDate date,
                       @Schema(description = "Tonnes delivered (converted from quantity where that was given)")
                       double tonnes,
                       @Schema(description = "The amount as given in the listing's unit; null where tonnes were given")
                       Amount quantity,
                       @Schema(description = "Truck loads it took") int truckTrips,
                       @Schema(description = "The weighbridge ticket number, or null") String ticket,
                       @Schema(description = "RECORDED or DISPUTED") DeliveryState state,
                       @Schema(description = "The supplier's note while it disputes the delivery, else null")
                       String disputeNote,
                       @Schema(description = "When it was recorded (ISO 8601 UTC)") Instant createdAt,
                       @Schema(description = "When it last changed (ISO 8601 UTC)") Instant updatedAt) {

    /** Delivery days, report days and indicator months are Norwegian calendar days. */
    public static final ZoneId CALENDAR = ZoneId.of("Europe/Oslo");

    /** Whether it counts as delivered: recorded and not disputed. */
    public boolean counts() {
        return state == DeliveryState.RECORDED;
    }
}
