package no.sirkel.optimizer.problem;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One period of a version 2 problem: a calendar month, an ISO week or the whole horizon, cut to the horizon. It is
 * named by its first day.
 *
 * @param first first day within the horizon
 * @param last  last day within the horizon (not before {@code first})
 */
public record Period(LocalDate first, LocalDate last) {

    /** Days in this period, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** Days this period shares with the range {@code [from, to]}, both ends included; 0 where they do not meet. */
    public long daysWithin(LocalDate from, LocalDate to) {
        LocalDate start = from.isAfter(first) ? from : first;
        LocalDate end = to.isBefore(last) ? to : last;
        return start.isAfter(end) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
    }
}
