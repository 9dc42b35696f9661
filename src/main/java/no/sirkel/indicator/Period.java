package no.sirkel.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import no.sirkel.delivery.Delivery;

/** Whole months, first to last inclusive, in Norwegian calendar days. */
record Period(YearMonth first, YearMonth last) {

    static final ZoneId ZONE = Delivery.CALENDAR;

    static Period month(YearMonth month) {
        return new Period(month, month);
    }

    /** The twelve months ending with the month. */
    static Period twelveMonthsTo(YearMonth month) {
        return new Period(month.minusMonths(11), month);
    }

    Period minusYears(int years) {
        return new Period(first.minusYears(years), last.minusYears(years));
    }

    LocalDate firstDay() {
        return first.atDay(1);
    }

    LocalDate lastDay() {
        return last.atEndOfMonth();
    }

    boolean contains(LocalDate day) {
        return day != null && !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    boolean contains(Instant at) {
        return at != null && contains(at.atZone(ZONE).toLocalDate());
    }

    /** Whether a window (null ends open) shares a day with the period. */
    boolean overlaps(LocalDate from, LocalDate to) {
        return (from == null || !from.isAfter(lastDay())) && (to == null || !to.isBefore(firstDay()));
    }
}
