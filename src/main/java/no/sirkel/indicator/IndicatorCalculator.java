package no.sirkel.indicator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import no.sirkel.delivery.DealProgress;
import no.sirkel.delivery.Delivery;
import no.sirkel.delivery.Destination;
import no.sirkel.delivery.Emissions;
import no.sirkel.listing.ListingFact;
import no.sirkel.listing.ListingStatus;
import no.sirkel.proposal.Deal;

/**
 * Computes each indicator over a period, for the region or one municipality: the one place each is computed. Masses
 * count in the municipality of the site they left; listings in their site's; deals in the supplying site's.
 */
final class IndicatorCalculator {

    private final IndicatorFacts facts;

    IndicatorCalculator(IndicatorFacts facts) {
        this.facts = facts;
    }

    /** @param municipality the municipality, or null for the whole region */
    Measure compute(Indicator indicator, Period period, String municipality) {
        Scope scope = new Scope(period, municipality);
        return switch (indicator) {
            case REUSED_TONNES -> sumDeliveries(scope, (deal, delivery) -> delivery.tonnes());
            case LANDFILL_TONNES -> sumOutside(scope, Destination.LANDFILL);
            case VIRGIN_REPLACED_TONNES -> plus(sumDeliveries(scope, (deal, delivery) -> delivery.tonnes()),
                    sumOutside(scope, Destination.OWN_REUSE));
            case REUSE_RATE -> reuseRate(scope);
            case TONNE_KM -> sumDeliveries(scope, (deal, delivery) -> delivery.tonnes() * deal.km());
            case BASELINE_TONNE_KM -> sumDeliveries(scope, (deal, delivery) -> delivery.tonnes() * baselineKm(deal));
            case TRUCK_TRIPS -> sumDeliveries(scope, (deal, delivery) -> delivery.truckTrips());
            case BASELINE_TRUCK_TRIPS -> sumDeliveries(scope, (deal, delivery) -> 2.0 * delivery.truckTrips());
            case CO2_KG -> sumDeliveries(scope, (deal, delivery) -> Emissions.co2Kg(delivery.tonnes(), deal.km()));
            case BASELINE_CO2_KG -> sumDeliveries(scope,
                    (deal, delivery) -> Emissions.co2Kg(delivery.tonnes(), baselineKm(deal)));
            case CO2_SAVED_KG -> sumDeliveries(scope,
                    (deal, delivery) -> Emissions.co2Kg(delivery.tonnes(), baselineKm(deal) - deal.km()));
            case ACTIVE_FIRMS -> activeFirms(scope);
            case ACTIVE_LISTINGS -> activeListings(scope);
            case MEDIAN_DAYS_TO_DEAL -> medianDaysToDeal(scope);
            case ON_TIME_SHARE -> onTimeShare(scope);
        };
    }

    private record Scope(Period period, String municipality) {

        boolean includes(String place) {
            return municipality == null || municipality.equals(place);
        }
    }

    private interface PerDelivery {
        double of(Deal deal, Delivery delivery);
    }

    private Measure sumDeliveries(Scope scope, PerDelivery amount) {
        double sum = 0;
        Set<UUID> companies = new HashSet<>();
        for (Deal deal : facts.deals()) {
            if (!scope.includes(deal.supplier().municipality())) {
                continue;
            }
            for (Delivery delivery : facts.deliveriesOf(deal)) {
                if (delivery.counts() && scope.period().contains(delivery.date())) {
                    sum += amount.of(deal, delivery);
                    addParties(companies, deal);
                }
            }
        }
        return new Measure(sum, companies);
    }

    private Measure sumOutside(Scope scope, Destination destination) {
        double sum = 0;
        Set<UUID> companies = new HashSet<>();
        for (IndicatorFacts.Outside outside : facts.outside()) {
            if (outside.delivery().destination() == destination && scope.includes(outside.municipality())
                    && scope.period().contains(outside.delivery().date())) {
                sum += outside.delivery().tonnes();
                companies.add(outside.delivery().companyId());
            }
        }
        return new Measure(sum, companies);
    }

    private Measure reuseRate(Scope scope) {
        Measure reused = plus(sumDeliveries(scope, (deal, delivery) -> delivery.tonnes()),
                sumOutside(scope, Destination.OWN_REUSE));
        Measure landfill = sumOutside(scope, Destination.LANDFILL);
        double all = reused.value() + landfill.value();
        return new Measure(all > 0 ? 100 * reused.value() / all : null, union(reused.companies(),
                landfill.companies()));
    }

    private Measure activeFirms(Scope scope) {
        Set<UUID> firms = new HashSet<>();
        for (ListingFact listing : activeListingsIn(scope)) {
            firms.add(listing.companyId());
        }
        firms.addAll(sumDeliveries(scope, (deal, delivery) -> 0).companies());
        for (Destination destination : Destination.values()) {
            firms.addAll(sumOutside(scope, destination).companies());
        }
        return new Measure((double) firms.size(), firms);
    }

    private Measure activeListings(Scope scope) {
        List<ListingFact> active = activeListingsIn(scope);
        Set<UUID> owners = new HashSet<>();
        active.forEach(listing -> owners.add(listing.companyId()));
        return new Measure((double) active.size(), owners);
    }

    private List<ListingFact> activeListingsIn(Scope scope) {
        return facts.listings().stream()
                .filter(listing -> scope.includes(listing.municipality()))
                .filter(listing -> listing.status() != ListingStatus.DRAFT)
                .filter(listing -> listing.status() != ListingStatus.CLOSED || listing.to() != null)
                .filter(listing -> !listing.createdAt().atZone(Period.ZONE).toLocalDate()
                        .isAfter(scope.period().lastDay()))
                .filter(listing -> scope.period().overlaps(listing.from(), listing.to()))
                .toList();
    }

    private Measure medianDaysToDeal(Scope scope) {
        List<Double> days = new ArrayList<>();
        Set<UUID> companies = new HashSet<>();
        for (Deal deal : facts.deals()) {
            if (scope.includes(deal.supplier().municipality()) && scope.period().contains(deal.agreedAt())
                    && deal.listedAt() != null) {
                days.add(Duration.between(deal.listedAt(), deal.agreedAt()).toMinutes() / (24.0 * 60));
                addParties(companies, deal);
            }
        }
        return new Measure(median(days), companies);
    }

    private Measure onTimeShare(Scope scope) {
        int due = 0;
        int onTime = 0;
        Set<UUID> companies = new HashSet<>();
        for (Deal deal : facts.deals()) {
            if (scope.includes(deal.supplier().municipality()) && scope.period().contains(deal.windowTo())
                    && deal.windowTo().isBefore(facts.today())) {
                due++;
                onTime += DealProgress.deliveredOnTime(deal, facts.deliveriesOf(deal)) ? 1 : 0;
                addParties(companies, deal);
            }
        }
        return new Measure(due > 0 ? 100.0 * onTime / due : null, companies);
    }

    private double baselineKm(Deal deal) {
        return facts.baselineKm().getOrDefault(deal.proposalId(), 0.0);
    }

    private static void addParties(Set<UUID> companies, Deal deal) {
        companies.add(deal.supplier().companyId());
        companies.add(deal.receiver().companyId());
    }

    private static Measure plus(Measure a, Measure b) {
        return new Measure(a.value() + b.value(), union(a.companies(), b.companies()));
    }

    private static Set<UUID> union(Collection<UUID> a, Collection<UUID> b) {
        Set<UUID> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
