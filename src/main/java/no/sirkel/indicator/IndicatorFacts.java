package no.sirkel.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import no.sirkel.delivery.Delivery;
import no.sirkel.delivery.OutsideDelivery;
import no.sirkel.listing.ListingFact;
import no.sirkel.proposal.Deal;

/**
 * Everything the indicators are computed from, read once per request.
 *
 * @param deliveries each deal's deliveries (disputed ones included), by proposal id
 * @param baselineKm each deal's road km without it (supplying site to landfill plus quarry to receiving site)
 * @param today      the day the figures are computed on: windows that end later have not passed
 */
record IndicatorFacts(List<Deal> deals, Map<UUID, List<Delivery>> deliveries, List<Outside> outside,
                      List<ListingFact> listings, Map<UUID, Double> baselineKm, LocalDate today) {

    /** A record of masses moved outside Sirkel with the municipality of the site they left (or null). */
    record Outside(OutsideDelivery delivery, String municipality) {
    }

    List<Delivery> deliveriesOf(Deal deal) {
        return deliveries.getOrDefault(deal.proposalId(), List.of());
    }

    /** Every municipality the facts name, sorted. */
    List<String> municipalities() {
        return Stream.concat(
                        Stream.concat(deals.stream().map(deal -> deal.supplier().municipality()),
                                outside.stream().map(Outside::municipality)),
                        listings.stream().map(ListingFact::municipality))
                .filter(Objects::nonNull).distinct().sorted().toList();
    }
}
