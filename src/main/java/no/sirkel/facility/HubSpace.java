package no.sirkel.facility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A storage hub with what deals have promised of it. What the hub holds at the end of a period is its registered
 * stock plus every reservation up to that period; it may never exceed the hub's capacity. Tonnes throughout.
 *
 * @param reservations every deal's reservations at the hub, in any order
 */
public record HubSpace(Facility hub, List<HubReservation> reservations) {

    /** Below a kilogram, a difference in tonnes is rounding, not material. */
    private static final double TOLERANCE_TONNES = 0.001;

    /**
     * The first period in which the hub, with the reservations added, would hold more than its capacity; empty where
     * they fit in every period from their first on.
     */
    public Optional<Shortfall> shortfall(List<HubReservation> added) {
        Optional<LocalDate> first = added.stream().map(HubReservation::period).min(LocalDate::compareTo);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<LocalDate> periods = new TreeSet<>();
        Stream.concat(reservations.stream(), added.stream()).map(HubReservation::period)
                .filter(period -> !period.isBefore(first.get())).forEach(periods::add);
        for (LocalDate period : periods) {
            double held = heldAt(reservations, period);
            double adding = sumUpTo(added, period);
            if (adding > 0 && held + adding > hub.capacityTonnes() + TOLERANCE_TONNES) {
                return Optional.of(new Shortfall(period, Math.max(0, hub.capacityTonnes() - held), adding));
            }
        }
        return Optional.empty();
    }

    /**
     * The first period at whose end the hub, with the reservations added, would hold less than nothing of a material
     * and class they take out: its registered stock of it plus what earlier deals brought in and took out by then.
     * Empty where every lot they take from lasts in every period from their first on.
     *
     * @return the period, the tonnes of the lot the hub holds then before the reservations ({@code free}) and the
     *         tonnes they take out of it by then ({@code wanted})
     */
    public Optional<Shortfall> stockShortfall(List<HubReservation> added) {
        for (Lot lot : added.stream().filter(reservation -> reservation.tonnes() < 0).map(Lot::of).distinct()
                .toList()) {
            List<HubReservation> earlier = reservations.stream().filter(lot::holds).toList();
            List<HubReservation> adding = added.stream().filter(lot::holds).toList();
            double registered = hub.stock().stream()
                    .filter(stock -> lot.equals(new Lot(stock.material(), stock.contaminationClass())))
                    .mapToDouble(Facility.Stock::tonnes).sum();
            Optional<Shortfall> shortfall = firstBelowNothing(registered, earlier, adding);
            if (shortfall.isPresent()) {
                return shortfall;
            }
        }
        return Optional.empty();
    }

    private static Optional<Shortfall> firstBelowNothing(double registered, List<HubReservation> earlier,
                                                         List<HubReservation> adding) {
        LocalDate first = adding.stream().map(HubReservation::period).min(LocalDate::compareTo).orElseThrow();
        TreeSet<LocalDate> periods = new TreeSet<>();
        Stream.concat(earlier.stream(), adding.stream()).map(HubReservation::period)
                .filter(period -> !period.isBefore(first)).forEach(periods::add);
        for (LocalDate period : periods) {
            double held = registered + sumUpTo(earlier, period);
            double taking = -sumUpTo(adding, period);
            if (taking > 0 && held - taking < -TOLERANCE_TONNES) {
                return Optional.of(new Shortfall(period, Math.max(0, held), taking));
            }
        }
        return Optional.empty();
    }

    /**
     * The first period at whose end what deals hold at the hub, with its registered stock, exceeds the capacity, now
     * that the hub is edited (the record {@code hub} is as edited); empty where they fit in every period.
     *
     * @return the period, the capacity ({@code free}) and what the hub would hold then ({@code wanted})
     */
    public Optional<Shortfall> overfull() {
        return reservations.stream().map(HubReservation::period).distinct().sorted()
                .filter(period -> heldAt(reservations, period) > hub.capacityTonnes() + TOLERANCE_TONNES)
                .findFirst()
                .map(period -> new Shortfall(period, hub.capacityTonnes(), heldAt(reservations, period)));
    }

    /**
     * The capacity a plan over the days from {@code from} to {@code to} may use: the hub's capacity less the most
     * that deals hold there on any of those days, never less than {@link #stockAfterDeals()} (which lies there too).
     */
    public double capacityAfterDeals(LocalDate from, LocalDate to) {
        TreeSet<LocalDate> days = new TreeSet<>(List.of(from));
        reservations.stream().map(HubReservation::period)
                .filter(period -> period.isAfter(from) && !period.isAfter(to)).forEach(days::add);
        double peak = days.stream().mapToDouble(this::heldForDeals).max().orElse(0);
        double stock = stockAfterDeals().stream().mapToDouble(Facility.Stock::tonnes).sum();
        return Math.max(hub.capacityTonnes() - peak, stock);
    }

    /** The registered stock less what deals take out of it beyond what they bring of the same material and class. */
    public List<Facility.Stock> stockAfterDeals() {
        Map<Lot, Double> net = new HashMap<>();
        reservations.forEach(reservation -> net.merge(Lot.of(reservation), reservation.tonnes(), Double::sum));
        List<Facility.Stock> left = new ArrayList<>();
        for (Facility.Stock lot : hub.stock()) {
            double taken = Math.min(0, net.getOrDefault(new Lot(lot.material(), lot.contaminationClass()), 0.0));
            if (lot.tonnes() + taken > TOLERANCE_TONNES) {
                left.add(new Facility.Stock(lot.material(), lot.contaminationClass(), lot.tonnes() + taken));
            }
        }
        return left;
    }

    /** What deals hold at the end of the period: per material and class, what they brought less what they took. */
    private double heldForDeals(LocalDate period) {
        Map<Lot, Double> held = new HashMap<>();
        reservations.stream().filter(reservation -> !reservation.period().isAfter(period))
                .forEach(reservation -> held.merge(Lot.of(reservation), reservation.tonnes(), Double::sum));
        return held.values().stream().mapToDouble(tonnes -> Math.max(0, tonnes)).sum();
    }

    private double heldAt(List<HubReservation> promised, LocalDate period) {
        return hub.stock().stream().mapToDouble(Facility.Stock::tonnes).sum() + sumUpTo(promised, period);
    }

    private static double sumUpTo(List<HubReservation> promised, LocalDate period) {
        return promised.stream().filter(reservation -> !reservation.period().isAfter(period))
                .mapToDouble(HubReservation::tonnes).sum();
    }

    /**
     * The hub would be too full at the end of a period.
     *
     * @param period the period's first day
     * @param free   tonnes the hub still has room for then
     * @param wanted tonnes the reservations would hold there by then
     */
    public record Shortfall(LocalDate period, double free, double wanted) {
    }

    private record Lot(String material, Integer contaminationClass) {

        static Lot of(HubReservation reservation) {
            return new Lot(reservation.material(), reservation.contaminationClass());
        }

        boolean holds(HubReservation reservation) {
            return equals(of(reservation));
        }
    }
}
