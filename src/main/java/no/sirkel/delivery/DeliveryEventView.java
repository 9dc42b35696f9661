package no.sirkel.delivery;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One change to a delivery: who and when.
 *
 * @param change       RECORDED, DISPUTED or DISPUTE_WITHDRAWN
 * @param note         the dispute's note, or null
 * @param actorToken   the token that made the change
 * @param actorCompany the member's company
 */
record DeliveryEventView(@Schema(description = "The event's number") long id,
                         @Schema(description = "RECORDED, DISPUTED or DISPUTE_WITHDRAWN") String change,
                         @Schema(description = "The dispute's note, or null") String note,
                         @Schema(description = "The token that made the change") UUID actorToken,
                         @Schema(description = "The member's company") UUID actorCompany,
                         @Schema(description = "When (ISO 8601 UTC)") Instant at) {
}
