package no.sirkel.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * One change to a delivery: who and when.
 *
 * @param change       RECORDED, DISPUTED or DISPUTE_WITHDRAWN
 * @param note         the dispute's note, or null
 * @param actorToken   the token that made the change
 * @param actorCompany the member's company
 */
record DeliveryEventView(long id, String change, String note, UUID actorToken, UUID actorCompany, Instant at) {
}
