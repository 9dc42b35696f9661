package no.sirkel.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Service;
import no.sirkel.delivery.Delivery;
import no.sirkel.delivery.DeliveryFacts;
import no.sirkel.facility.FacilityService;
import no.sirkel.facility.FacilityType;
import no.sirkel.listing.ListingFacts;
import no.sirkel.proposal.Deals;
import no.sirkel.site.Site;
import no.sirkel.site.SiteDirectory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reads the facts (deals, deliveries, outside records, listings, landfills and quarries, targets) and turns them into
 * the monthly figures with their year-on-year comparisons, targets and the confidentiality rule applied.
 */
@Service
class IndicatorService {

    static final IndicatorReport.Rule RULE = new IndicatorReport.Rule(
            "A figure made up of one or two companies is suppressed: it could identify a company's business. Its"
                    + " comparisons are suppressed with it.",
            "Et tall som bygger på bare ett eller to firmaer, vises ikke: det kunne avsløre et firmas virksomhet."
                    + " Sammenligningene med det skjules også.");
    private static final String SUPPRESSED_NOTE = "suppressed: fewer than " + Measure.MIN_COMPANIES + " companies";

    private final Deals deals;
    private final DeliveryFacts deliveries;
    private final ListingFacts listings;
    private final FacilityService facilities;
    private final SiteDirectory sites;
    private final TargetRepository targets;

    IndicatorService(Deals deals, DeliveryFacts deliveries, ListingFacts listings, FacilityService facilities,
                     SiteDirectory sites, TargetRepository targets) {
        this.deals = deals;
        this.deliveries = deliveries;
        this.listings = listings;
        this.facilities = facilities;
        this.sites = sites;
        this.targets = targets;
    }

    /**
     * The figures of each month from {@code from} to {@code to}.
     *
     * @param municipality the municipality, or null for the region
     * @param only         the indicators to include
     */
    Mono<IndicatorReport> report(YearMonth from, YearMonth to, String municipality, List<Indicator> only) {
        return Mono.zip(facts(), targets.all().collectList())
                .publishOn(Schedulers.boundedElastic())
                .map(loaded -> {
                    Map<String, Double> targetValues = new HashMap<>();
                    loaded.getT2().forEach(target -> targetValues.put(target.indicator() + "/" + target.year(),
                            target.value()));
                    IndicatorCalculator calculator = new IndicatorCalculator(loaded.getT1());
                    List<IndicatorReport.Month> months = new ArrayList<>();
                    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                        List<IndicatorReport.Figure> figures = new ArrayList<>();
                        for (Indicator indicator : only) {
                            figures.add(figure(calculator, indicator, month, municipality,
                                    targetValues.get(indicator.key() + "/" + month.getYear())));
                        }
                        months.add(new IndicatorReport.Month(month.toString(), figures));
                    }
                    return new IndicatorReport(from.toString(), to.toString(), municipality,
                            loaded.getT1().municipalities(), RULE,
                            only.stream().map(IndicatorReport.Definition::of).toList(), months);
                });
    }

    private static IndicatorReport.Figure figure(IndicatorCalculator calculator, Indicator indicator,
                                                 YearMonth month, String municipality, Double target) {
        Measure now = calculator.compute(indicator, Period.month(month), municipality);
        Measure lastYear = calculator.compute(indicator, Period.month(month).minusYears(1), municipality);
        Period twelve = Period.twelveMonthsTo(month);
        Measure twelveNow = calculator.compute(indicator, twelve, municipality);
        Measure twelveBefore = calculator.compute(indicator, twelve.minusYears(1), municipality);
        IndicatorReport.Comparison twelveMonths = compare(indicator, twelveNow, twelveBefore);
        IndicatorReport.Target goal = target == null ? null : new IndicatorReport.Target(month.getYear(), target,
                twelveMonths.value() == null ? null : round(twelveMonths.value() - target),
                indicator.meets(twelveMonths.value(), target));
        return new IndicatorReport.Figure(indicator.key(), shown(now), now.suppressed(),
                now.suppressed() ? SUPPRESSED_NOTE : now.value() == null ? "no data to compute it from" : null,
                compare(indicator, now, lastYear), twelveMonths, goal);
    }

    private static IndicatorReport.Comparison compare(Indicator indicator, Measure now, Measure before) {
        Double value = shown(now);
        Double then = shown(before);
        Double change = value == null || then == null ? null : round(value - then);
        Double percent = change == null || then == 0 ? null : round(100 * change / Math.abs(then));
        return new IndicatorReport.Comparison(value, then, change, percent, indicator.worse(value, then),
                now.suppressed() || before.suppressed());
    }

    /** The value as published: null where suppressed, rounded to 0.001 of its unit. */
    private static Double shown(Measure measure) {
        return measure.suppressed() || measure.value() == null ? null : round(measure.value());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private Mono<IndicatorFacts> facts() {
        Mono<Map<UUID, List<Delivery>>> byDeal = deliveries.underDeals().collectMultimap(Delivery::proposalId)
                .map(multimap -> {
                    Map<UUID, List<Delivery>> lists = new HashMap<>();
                    multimap.forEach((deal, list) -> lists.put(deal, List.copyOf(list)));
                    return lists;
                });
        Mono<List<IndicatorFacts.Outside>> outside = deliveries.outside(null).collectList()
                .flatMap(records -> Flux.fromIterable(records).map(record -> record.siteId()).distinct()
                        .flatMap(sites::find).collectMap(Site::id, site -> Objects.toString(site.municipality(), ""))
                        .map(municipalities -> records.stream()
                                .map(record -> new IndicatorFacts.Outside(record,
                                        emptyAsNull(municipalities.get(record.siteId()))))
                                .toList()));
        return Mono.zip(deals.all().collectList(), byDeal, outside, listings.all().collectList(),
                        facilities.active(FacilityType.DISPOSAL).collectList(),
                        facilities.active(FacilityType.VIRGIN_SOURCE).collectList())
                .map(found -> new IndicatorFacts(found.getT1(), found.getT2(), found.getT3(), found.getT4(),
                        Baseline.km(found.getT1(), found.getT5(), found.getT6()), LocalDate.now(Period.ZONE)));
    }

    private static String emptyAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
