package no.sirkel.delivery;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import no.sirkel.proposal.Deal;
import no.sirkel.web.FieldErrors;

/**
 * A delivery as a client sends it: tonnes, or a quantity in the supply listing's unit (or {@code t}).
 *
 * @param date       the day the masses arrived; not in the future
 * @param tonnes     tonnes delivered, &gt; 0; or null where {@code quantity} is given
 * @param quantity   the amount in the listing's unit; or null where {@code tonnes} is given
 * @param truckTrips truck loads, ≥ 1
 * @param ticket     weighbridge ticket number, optional, 1..100 characters
 */
record DeliveryRequest(@Schema(description = "The day the masses arrived, ISO yyyy-mm-dd; not in the future")
                       LocalDate date,
                       @Schema(description = "Tonnes delivered (> 0); or leave out and give quantity") Double tonnes,
                       @Schema(description = "The amount in the listing's unit; or leave out and give tonnes")
                       Amount quantity,
                       @Schema(description = "Truck loads, ≥ 1") Integer truckTrips,
                       @Schema(description = "Weighbridge ticket number, optional, 1 to 100 characters")
                       String ticket) {

    /**
     * Checks the request against the deal, recording every problem under {@code prefix} (empty for a JSON body,
     * {@code rows[3].} for a CSV record).
     *
     * @return the delivery in tonnes, or null where a problem was recorded
     */
    ValidDelivery validated(Deal deal, LocalDate today, String prefix, FieldErrors errors) {
        int before = errors.size();
        if (errors.required(date, prefix + "date")) {
            errors.check(!date.isAfter(today), prefix + "date", "field.notInFuture");
        }
        Double inTonnes = null;
        if (tonnes != null && quantity != null) {
            errors.add(prefix + "tonnes", "field.delivery.tonnesOrQuantity");
        } else if (tonnes != null) {
            errors.check(Double.isFinite(tonnes) && tonnes > 0, prefix + "tonnes", "field.positive");
            inTonnes = tonnes;
        } else if (quantity != null) {
            inTonnes = tonnesOf(deal, prefix, errors);
        } else {
            errors.add(prefix + "tonnes", "field.delivery.tonnesRequired");
        }
        if (errors.required(truckTrips, prefix + "truckTrips")) {
            errors.check(truckTrips >= 1, prefix + "truckTrips", "field.atLeastOne");
        }
        errors.check(ticket == null || (!ticket.isBlank() && ticket.length() <= 100), prefix + "ticket",
                "field.name100");
        return errors.size() == before
                ? new ValidDelivery(date, inTonnes, quantity, truckTrips, ticket == null ? null : ticket.strip())
                : null;
    }

    private Double tonnesOf(Deal deal, String prefix, FieldErrors errors) {
        boolean amountValid = quantity.amount() != null && Double.isFinite(quantity.amount())
                && quantity.amount() > 0;
        errors.check(amountValid, prefix + "quantity.amount", "field.positive");
        boolean inTonnes = "t".equals(quantity.unit());
        boolean inListingUnit = deal.quantityUnit().equals(quantity.unit());
        errors.check(inTonnes || inListingUnit, prefix + "quantity.unit",
                "field.delivery.unit", deal.quantityUnit());
        if (!amountValid || !(inTonnes || inListingUnit)) {
            return null;
        }
        return inTonnes ? quantity.amount() : quantity.amount() * deal.tonnesPerUnit();
    }

    /** A delivery that passed every check; {@code quantity} is null where tonnes were given. */
    record ValidDelivery(LocalDate date, double tonnes, Amount quantity, int truckTrips, String ticket) {
    }
}
