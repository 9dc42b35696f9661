package no.sirkel.proposal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import no.sirkel.listing.ListingStock;
import no.sirkel.web.ApiException;
import no.sirkel.web.ProblemTexts;
import no.sirkel.web.Text;

/** 409 refusals about the state of proposals and listings, which no single request field is to blame for. */
final class Conflicts {

    private Conflicts() {
    }

    static ApiException conflict(String detail, Object... arguments) {
        return new ApiException(HttpStatus.CONFLICT, Text.of("title.conflict"), Text.of(detail, arguments), List.of());
    }

    /** Refuses (409) unless the listing still has the tonnes free. */
    static void requireRemaining(ListingStock listing, double wanted) {
        if (!listing.has(wanted)) {
            throw conflict("detail.proposal.tonnesLeft", ProblemTexts.resource(listing.kind()), listing.id(),
                    tonnes(listing.remaining()), tonnes(listing.tonnes()), tonnes(wanted));
        }
    }

    /**
     * Refuses (409) unless the listing has {@code wanted} tonnes left in the period from {@code period}, within
     * {@link ListingStock#TOLERANCE_TONNES}.
     *
     * @param left the tonnes left in that period
     */
    static void requireRemainingIn(ListingStock listing, LocalDate period, double left, double wanted) {
        if (left + ListingStock.TOLERANCE_TONNES < wanted) {
            throw conflict("detail.proposal.periodTonnesLeft", ProblemTexts.resource(listing.kind()), listing.id(),
                    tonnes(left), period, tonnes(wanted));
        }
    }

    /** Tonnes for messages: at most three decimals (kilograms), no trailing zeros. */
    static String tonnes(double tonnes) {
        return BigDecimal.valueOf(tonnes).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
