package no.sirkel.listing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Tonnes spread evenly over the days from {@code first} to {@code last}, both included: what a deal took of a listing
 * in one period of its plan, or what remains of a listing over a stretch of its window.
 */
public record Stretch(LocalDate first, LocalDate last, double tonnes) {

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** The tonnes falling on the days this stretch shares with {@code [from, to]}. */
    public double tonnesWithin(LocalDate from, LocalDate to) {
        LocalDate start = from.isAfter(first) ? from : first;
        LocalDate end = to.isBefore(last) ? to : last;
        return start.isAfter(end) ? 0 : tonnes * (ChronoUnit.DAYS.between(start, end) + 1) / days();
    }
}
