package no.sirkel.optimizer.problem;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods of a version 2 problem and the day-count rule that spreads a window's tonnes over them: a supply
 * releases, and a demand needs, {@code tonnes × days(p ∩ W) / days(W)} in period p, where the window W is
 * {@code [from, to]} with a null end taken as the horizon's end on that side. Where W reaches past the horizon, the
 * share of its days outside the horizon lies outside the problem.
 */
public final class Periods {

    private final Horizon horizon;
    private final List<Period> periods;

    private Periods(Horizon horizon, List<Period> periods) {
        this.horizon = horizon;
        this.periods = periods;
    }

    /** The calendar months, ISO weeks (Monday to Sunday) or single period that meet the horizon, each cut to it. */
    public static Periods of(Horizon horizon, PeriodLength length) {
        List<Period> periods = new ArrayList<>();
        LocalDate first = horizon.from();
        while (!first.isAfter(horizon.to())) {
            LocalDate end = switch (length) {
                case MONTH -> first.with(TemporalAdjusters.lastDayOfMonth());
                case WEEK -> first.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                case HORIZON -> horizon.to();
            };
            LocalDate last = end.isAfter(horizon.to()) ? horizon.to() : end;
            periods.add(new Period(first, last));
            first = last.plusDays(1);
        }
        return new Periods(horizon, List.copyOf(periods));
    }

    /** The periods in order. */
    public List<Period> all() {
        return periods;
    }

    public int size() {
        return periods.size();
    }

    public Period get(int index) {
        return periods.get(index);
    }

    /**
     * Spreads {@code tonnes} evenly over the days of the window {@code [from, to]}.
     *
     * @param from first day of the window, or null for the horizon's first day
     * @param to   last day of the window, or null for the horizon's last day
     * @return the tonnes falling in each period, in period order; they sum to {@code tonnes} times the share of the
     *         window's days inside the horizon
     */
    public double[] spread(double tonnes, LocalDate from, LocalDate to) {
        LocalDate start = from == null ? horizon.from() : from;
        LocalDate end = to == null ? horizon.to() : to;
        double windowDays = ChronoUnit.DAYS.between(start, end) + 1;
        double[] shares = new double[periods.size()];
        for (int p = 0; p < shares.length; p++) {
            shares[p] = tonnes * periods.get(p).daysWithin(start, end) / windowDays;
        }
        return shares;
    }
}
