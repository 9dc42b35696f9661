package no.sirkel.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.sirkel.proposal.Deal;

/**
 * A deal's deliveries as the API lists them, with the deal's progress today.
 *
 * @param windowFrom the first day both listings' windows share, or null: open
 * @param windowTo   the last day both windows share, or null: open; after it, tonnes still due are overdue
 */
record DeliveryLedger(UUID proposalId, String material, LocalDate windowFrom, LocalDate windowTo,
                      DealProgress progress, List<Delivery> items) {

    static DeliveryLedger of(Deal deal, List<Delivery> deliveries, LocalDate today) {
        return new DeliveryLedger(deal.proposalId(), deal.material(), deal.windowFrom(), deal.windowTo(),
                DealProgress.of(deal, deliveries, today), deliveries);
    }
}
