package no.sirkel.listing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What remains of a listing day by day over a horizon, after the deals that took tonnes of it period by period. The
 * optimizer (format v2) releases a supply, and needs a demand, evenly over the days of its window; a deal on a plan
 * over time takes its tonnes evenly over the days of each of its periods. So a day's remainder is the listing's daily
 * amount less every deal's daily share on that day, and the timeline is a row of {@link Stretch stretches} over which
 * it stays the same.
 *
 * <p>The listing's daily amount: a one-off listing spreads its remaining tonnes, plus what deals took inside its
 * window, over the window (a null end taken as the horizon's end); a recurring stream its remaining yearly amount,
 * plus what deals took of it, over {@value #DAYS_PER_YEAR} days, within the part of its window inside the horizon.
 * Deals of plans without periods took their tonnes evenly: they are in the remaining tonnes only. Where deals of plans
 * with different periods (weeks against months) overlap, a day can come out below nothing: it counts as nothing.
 */
public final class ListingTimeline {

    /** Days to a year, for a recurring stream's yearly amount. */
    public static final double DAYS_PER_YEAR = 365.0;
    private static final double RELATIVE_TOLERANCE = 1e-9;

    private final List<Stretch> stretches;

    private ListingTimeline(List<Stretch> stretches) {
        this.stretches = stretches;
    }

    /**
     * @param remaining tonnes left (per year for a recurring stream): the listing's tonnes less every deal's
     * @param from      the window's first day, or null: open
     * @param to        the window's last day, or null: open
     * @param taken     what deals took period by period
     */
    public static ListingTimeline of(ListingKind kind, double remaining, LocalDate from, LocalDate to,
                                     LocalDate horizonFrom, LocalDate horizonTo, List<Stretch> taken) {
        boolean recurring = kind == ListingKind.RECURRING;
        LocalDate first = from == null || recurring && from.isBefore(horizonFrom) ? horizonFrom : from;
        LocalDate last = to == null || recurring && to.isAfter(horizonTo) ? horizonTo : to;
        if (first.isAfter(last)) {
            return new ListingTimeline(List.of());
        }
        double windowDays = ChronoUnit.DAYS.between(first, last) + 1;
        double daily = recurring
                ? (remaining + taken.stream().mapToDouble(Stretch::tonnes).sum()) / DAYS_PER_YEAR
                : (remaining + taken.stream().mapToDouble(deal -> deal.tonnesWithin(first, last)).sum()) / windowDays;
        long end = last.toEpochDay() + 1;
        TreeSet<Long> cuts = new TreeSet<>(List.of(first.toEpochDay(), end));
        for (Stretch deal : taken) {
            for (long cut : new long[] {deal.first().toEpochDay(), deal.last().toEpochDay() + 1}) {
                if (cut > first.toEpochDay() && cut < end) {
                    cuts.add(cut);
                }
            }
        }
        List<Stretch> stretches = new ArrayList<>();
        long start = first.toEpochDay();
        double rate = rate(daily, taken, first);
        for (long cut : cuts.tailSet(start, false)) {
            double next = cut == end ? Double.NaN : rate(daily, taken, LocalDate.ofEpochDay(cut));
            if (cut == end || !same(rate, next)) {
                if (rate > 0) {
                    stretches.add(new Stretch(LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(cut - 1),
                            rate * (cut - start)));
                }
                start = cut;
                rate = next;
            }
        }
        return new ListingTimeline(List.copyOf(stretches));
    }

    /** The tonnes left on the day: the daily amount less every deal's daily share, never below nothing. */
    private static double rate(double daily, List<Stretch> taken, LocalDate day) {
        double rate = daily;
        for (Stretch deal : taken) {
            if (!day.isBefore(deal.first()) && !day.isAfter(deal.last())) {
                rate -= deal.tonnes() / deal.days();
            }
        }
        return Math.max(0, rate);
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** What remains, stretch by stretch in day order; days with nothing left lie between stretches. */
    public List<Stretch> stretches() {
        return stretches;
    }

    /** The tonnes that remain on the days from {@code first} to {@code last}. */
    public double remainingWithin(LocalDate first, LocalDate last) {
        return stretches.stream().mapToDouble(stretch -> stretch.tonnesWithin(first, last)).sum();
    }

    /**
     * What a deal of {@code tonnes} on the days from {@code first} to {@code last} takes: the same share of what
     * remains on each of those days (never more than remains), so that no day is left below nothing.
     */
    public List<Stretch> take(LocalDate first, LocalDate last, double tonnes) {
        double available = remainingWithin(first, last);
        if (available <= 0) {
            return List.of();
        }
        double share = Math.min(1, tonnes / available);
        List<Stretch> taken = new ArrayList<>();
        for (Stretch stretch : stretches) {
            LocalDate start = first.isAfter(stretch.first()) ? first : stretch.first();
            LocalDate end = last.isBefore(stretch.last()) ? last : stretch.last();
            double part = start.isAfter(end) ? 0 : stretch.tonnesWithin(start, end) * share;
            if (part > 0) {
                taken.add(new Stretch(start, end, part));
            }
        }
        return taken;
    }
}
