package no.sirkel.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import no.sirkel.proposal.Deal;

/**
 * A deal's deliveries as the API lists them, with the deal's progress today.
 *
 * @param windowFrom the first day both listings' windows share, or null: open
 * @param windowTo   the last day both windows share, or null: open; after it, tonnes still due are overdue
 */
record DeliveryLedger(@Schema(description = "The deal") UUID proposalId,
                      @Schema(description = "The material's code") String material,
                      @Schema(description = "The first day both listings' windows share, or null: open")
                      LocalDate windowFrom,
                      @Schema(description = "The last day both windows share, or null: open; after it, tonnes still "
                              + "due are overdue")
                      LocalDate windowTo,
                      @Schema(description = "Agreed, delivered, disputed and due tonnes") DealProgress progress,
                      @Schema(description = "The deliveries, oldest first") List<Delivery> items) {

    static DeliveryLedger of(Deal deal, List<Delivery> deliveries, LocalDate today) {
        return new DeliveryLedger(deal.proposalId(), deal.material(), deal.windowFrom(), deal.windowTo(),
                DealProgress.of(deal, deliveries, today), deliveries);
    }
}
