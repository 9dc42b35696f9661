package no.sirkel.scenario;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import no.sirkel.facility.FacilityService;
import no.sirkel.facility.FacilityType;
import no.sirkel.geo.BoundingBox;
import no.sirkel.geo.GeoPoint;
import no.sirkel.listing.ListingKind;
import no.sirkel.listing.Listings;
import no.sirkel.optimizer.problem.Demand;
import no.sirkel.optimizer.problem.DisposalSite;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.Supply;
import no.sirkel.optimizer.problem.VirginSource;
import reactor.core.publisher.Mono;

/**
 * Turns the live marketplace into an optimizer problem for one scenario: the ACTIVE listings whose windows meet the
 * horizon, at sites inside the region, of the chosen materials, with what remains of them after deals; and the active
 * landfills and quarries inside the region. Storage hubs are not part of the problem format (version 1) and are left
 * out.
 *
 * <p>A one-off listing contributes what remains of it. A recurring stream's amount is per year: it contributes its
 * remaining yearly amount times the share of a year that its window and the horizon have in common. Windows are cut
 * to the horizon.
 */
@Component
class SnapshotTaker {

    private static final double DAYS_PER_YEAR = 365.0;
    private static final double MIN_TONNES = 1e-6;
    private static final BoundingBox WORLD = new BoundingBox(-180, -90, 180, 90);

    private final Listings listings;
    private final FacilityService facilities;

    SnapshotTaker(Listings listings, FacilityService facilities) {
        this.listings = listings;
        this.facilities = facilities;
    }

    Mono<Snapshot> take(ScenarioSpec spec) {
        BoundingBox box = spec.region() == null ? WORLD : spec.region().boundingBox();
        Listings.Area area = new Listings.Area(box, spec.from(), spec.to(), spec.materials());
        Map<String, Integer> versions = new HashMap<>();
        Mono<List<Supply>> supplies = listings.activeSupplies(area)
                .filter(supply -> covered(spec, supply.lon(), supply.lat()))
                .doOnNext(supply -> versions.put(supply.id().toString(), supply.version()))
                .map(supply -> supply(supply, spec))
                .filter(supply -> supply.tonnes() > MIN_TONNES)
                .collectList();
        Mono<List<Demand>> demands = listings.activeDemands(area)
                .filter(demand -> covered(spec, demand.lon(), demand.lat()))
                .doOnNext(demand -> versions.put(demand.id().toString(), demand.version()))
                .map(demand -> demand(demand, spec))
                .filter(demand -> demand.tonnes() > MIN_TONNES)
                .collectList();
        Mono<List<DisposalSite>> disposalSites = facilities.active(FacilityType.DISPOSAL, box)
                .filter(site -> covered(spec, site.location().position()))
                .map(site -> new DisposalSite(site.id().toString(), site.location().position().lat(),
                        site.location().position().lon(), site.accepts(), site.maxContaminationClass(),
                        site.gateFeePerTonne().doubleValue()))
                .collectList();
        Mono<List<VirginSource>> virginSources = facilities.active(FacilityType.VIRGIN_SOURCE, box)
                .filter(source -> covered(spec, source.location().position()))
                .map(source -> new VirginSource(source.id().toString(), source.location().position().lat(),
                        source.location().position().lon(), source.materials(), source.pricePerTonne().doubleValue()))
                .collectList();
        return Mono.zip(supplies, demands, disposalSites, virginSources)
                .map(parts -> new Snapshot(new Problem(spec.name(), spec.parameters(), parts.getT1(), parts.getT2(),
                        parts.getT3(), parts.getT4(), List.of()), Map.copyOf(versions)));
    }

    private static Supply supply(Listings.ActiveSupply supply, ScenarioSpec spec) {
        Window window = Window.of(supply.from(), supply.to(), spec);
        return new Supply(supply.id().toString(), supply.lat(), supply.lon(), supply.material(),
                supply.contaminationClass(), tonnesInHorizon(supply.remainingTonnes(), supply.kind(), window),
                window.from(), window.to());
    }

    private static Demand demand(Listings.ActiveDemand demand, ScenarioSpec spec) {
        Window window = Window.of(demand.from(), demand.to(), spec);
        List<String> accepts = spec.materials() == null ? demand.accepts()
                : demand.accepts().stream().filter(spec.materials()::contains).toList();
        return new Demand(demand.id().toString(), demand.lat(), demand.lon(), accepts,
                demand.maxContaminationClass(), tonnesInHorizon(demand.remainingTonnes(), demand.kind(), window),
                window.from(), window.to(), demand.maxHaulKm());
    }

    private static double tonnesInHorizon(double remaining, ListingKind kind, Window window) {
        if (kind != ListingKind.RECURRING) {
            return remaining;
        }
        long days = ChronoUnit.DAYS.between(window.from(), window.to()) + 1;
        return remaining * days / DAYS_PER_YEAR;
    }

    private static boolean covered(ScenarioSpec spec, double lon, double lat) {
        return spec.region() == null || spec.region().covers(lon, lat);
    }

    private static boolean covered(ScenarioSpec spec, GeoPoint point) {
        return covered(spec, point.lon(), point.lat());
    }

    /** A listing's window cut to the horizon; open ends become the horizon's ends. */
    private record Window(LocalDate from, LocalDate to) {

        static Window of(LocalDate from, LocalDate to, ScenarioSpec spec) {
            return new Window(from == null || from.isBefore(spec.from()) ? spec.from() : from,
                    to == null || to.isAfter(spec.to()) ? spec.to() : to);
        }
    }
}
