package no.sirkel.delivery;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import no.sirkel.proposal.Deal;

/**
 * How far a deal is delivered on a day: what arrived, what is disputed, what is still due, and whether it is
 * complete or overdue. Disputed deliveries do not count as delivered.
 *
 * @param agreedTonnes    tonnes the deal promised
 * @param deliveredTonnes tonnes recorded and not disputed, up to and including the day
 * @param disputedTonnes  tonnes the supplier disputes
 * @param dueTonnes       agreed less delivered, never below 0
 * @param status          COMPLETE once everything agreed arrived; OVERDUE once the window ended before the day
 *                        with tonnes still due; OPEN otherwise
 */
public record DealProgress(@Schema(description = "Tonnes the deal promised") double agreedTonnes,
                           @Schema(description = "Tonnes recorded and not disputed") double deliveredTonnes,
                           @Schema(description = "Tonnes the supplier disputes") double disputedTonnes,
                           @Schema(description = "Agreed less delivered, never below 0") double dueTonnes,
                           @Schema(description = "COMPLETE once everything agreed arrived; OVERDUE once the window "
                                   + "ended with tonnes due; OPEN before")
                           Status status) {

    /** Tonnes below this still due count as nothing due (rounding in conversions from m³). */
    private static final double TOLERANCE_TONNES = 1e-6;

    public enum Status {
        OPEN, COMPLETE, OVERDUE
    }

    /** The deal's progress as of the day, counting deliveries dated up to and including it. */
    public static DealProgress of(Deal deal, List<Delivery> deliveries, LocalDate day) {
        double delivered = 0;
        double disputed = 0;
        for (Delivery delivery : deliveries) {
            if (delivery.date().isAfter(day)) {
                continue;
            }
            if (delivery.counts()) {
                delivered += delivery.tonnes();
            } else {
                disputed += delivery.tonnes();
            }
        }
        double due = Math.max(0, deal.tonnes() - delivered);
        Status status = due <= TOLERANCE_TONNES ? Status.COMPLETE
                : deal.windowTo() != null && deal.windowTo().isBefore(day) ? Status.OVERDUE
                : Status.OPEN;
        return new DealProgress(deal.tonnes(), delivered, disputed, due <= TOLERANCE_TONNES ? 0 : due, status);
    }

    /** Whether everything agreed arrived by the window's last day; false for a deal without an end to its window. */
    public static boolean deliveredOnTime(Deal deal, List<Delivery> deliveries) {
        return deal.windowTo() != null
                && of(deal, deliveries, deal.windowTo()).status() == Status.COMPLETE;
    }
}
