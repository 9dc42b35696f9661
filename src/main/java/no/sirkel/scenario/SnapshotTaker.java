package no.sirkel.scenario;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import no.sirkel.facility.Facility;
import no.sirkel.facility.FacilityService;
import no.sirkel.facility.FacilityType;
import no.sirkel.facility.HubSpace;
import no.sirkel.geo.BoundingBox;
import no.sirkel.geo.GeoPoint;
import no.sirkel.listing.ListingKind;
import no.sirkel.listing.ListingTimeline;
import no.sirkel.listing.Stretch;
import no.sirkel.listing.Listings;
import no.sirkel.optimizer.problem.Demand;
import no.sirkel.optimizer.problem.DisposalSite;
import no.sirkel.optimizer.problem.FieldError;
import no.sirkel.optimizer.problem.HubProcess;
import no.sirkel.optimizer.problem.HubStock;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.ProblemValidator;
import no.sirkel.optimizer.problem.StorageHub;
import no.sirkel.optimizer.problem.Supply;
import no.sirkel.optimizer.problem.VirginSource;
import no.sirkel.web.FieldErrors;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Turns the live marketplace into an optimizer problem (format v2) for one scenario: the ACTIVE listings whose
 * windows meet the horizon, at sites inside the region, of the chosen materials, with what remains of them after
 * deals; the active landfills, quarries and (unless the planner leaves them out) storage hubs inside the region; and
 * the planner's candidate hubs.
 *
 * <p>A scenario without periods, hubs and candidates is the static problem of format v1: windows cut to the horizon,
 * no capacities (see {@link ScenarioSpec#timed()}).
 *
 * <p>A one-off listing contributes what remains of it over its own window: the optimizer releases (or needs) only the
 * share of the window's days that lies inside the horizon, so cutting the window here would pour all its tonnes into
 * the horizon. A recurring stream's amount is per year: it contributes its remaining yearly amount times the share of
 * a year that its window and the horizon have in common, over that common part. Where deals on plans over time took
 * tonnes of a listing period by period, the listing is given as the stretches of its window over which what remains
 * is even ({@link ListingTimeline}), each with what remains of it there. A landfill's or quarry's yearly
 * capacity becomes its capacity times the horizon's share of a year (deals are struck on matches and hub legs only,
 * so none takes a landfill's or quarry's capacity). A hub brings what deals left of it (see {@link HubSpace}): its
 * stock less what deals take out of it, as the initial stock, and its capacity less the most that deals hold there
 * during the horizon; a hub that deals fill leaves the problem.
 */
@Component
class SnapshotTaker {

    private static final Pattern HUB_FIELD = Pattern.compile("storageHubs\\[(\\d+)]");
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
        Mono<List<Listings.ActiveSupply>> activeSupplies = listings.activeSupplies(area)
                .filter(supply -> covered(spec, supply.lon(), supply.lat()))
                .doOnNext(supply -> versions.put(supply.id().toString(), supply.version()))
                .collectList();
        Mono<List<Listings.ActiveDemand>> activeDemands = listings.activeDemands(area)
                .filter(demand -> covered(spec, demand.lon(), demand.lat()))
                .doOnNext(demand -> versions.put(demand.id().toString(), demand.version()))
                .collectList();
        Mono<ListingParts> listingParts = Mono.zip(activeSupplies, activeDemands).flatMap(active -> {
            List<UUID> ids = Stream.concat(active.getT1().stream().map(Listings.ActiveSupply::id),
                    active.getT2().stream().map(Listings.ActiveDemand::id)).toList();
            return (spec.timed() ? listings.reservedByListing(ids) : Mono.just(Map.<UUID, List<Stretch>>of()))
                    .map(taken -> new ListingParts(
                            active.getT1().stream().flatMap(supply -> supplies(supply, taken, spec))
                                    .filter(supply -> supply.tonnes() > MIN_TONNES).toList(),
                            active.getT2().stream().flatMap(demand -> demands(demand, taken, spec))
                                    .filter(demand -> demand.tonnes() > MIN_TONNES).toList()));
        });
        Mono<List<DisposalSite>> disposalSites = facilities.active(FacilityType.DISPOSAL, box)
                .filter(site -> covered(spec, site.location().position()))
                .map(site -> new DisposalSite(site.id().toString(), site.location().position().lat(),
                        site.location().position().lon(), site.accepts(), site.maxContaminationClass(),
                        site.gateFeePerTonne().doubleValue(), inHorizon(site.capacityTonnes(), spec)))
                .collectList();
        Mono<List<VirginSource>> virginSources = facilities.active(FacilityType.VIRGIN_SOURCE, box)
                .filter(source -> covered(spec, source.location().position()))
                .map(source -> new VirginSource(source.id().toString(), source.location().position().lat(),
                        source.location().position().lon(), source.materials(), source.pricePerTonne().doubleValue(),
                        inHorizon(source.capacityTonnes(), spec)))
                .collectList();
        Mono<List<StorageHub>> hubs = (spec.timed() && spec.useHubs() ? facilities.activeHubSpaces(box)
                : Flux.<HubSpace>empty())
                .filter(space -> space.hub().capacityTonnes() != null
                        && covered(spec, space.hub().location().position()))
                .map(space -> hub(space, spec))
                .filter(hub -> hub.capacityTonnes() > MIN_TONNES)
                .concatWith(Flux.fromIterable(spec.candidates()))
                .collectList();
        return Mono.zip(listingParts, disposalSites, virginSources, hubs)
                .map(parts -> new Problem(spec.name(), spec.problemParameters(), parts.getT1().supplies(),
                        parts.getT1().demands(), parts.getT2(), parts.getT3(), List.of(), parts.getT4()))
                .doOnNext(problem -> requireValidCandidates(problem, spec.candidates().size()))
                .map(problem -> new Snapshot(problem, Map.copyOf(versions)));
    }

    /** The hub with the capacity and stock that deals left of it over the horizon. */
    private static StorageHub hub(HubSpace space, ScenarioSpec spec) {
        Facility hub = space.hub();
        GeoPoint at = hub.location().position();
        return new StorageHub(hub.id().toString(), at.lat(), at.lon(), hub.accepts(), hub.maxContaminationClass(),
                space.capacityAfterDeals(spec.from(), spec.to()),
                hub.handlingFeePerTonne() == null ? 0 : hub.handlingFeePerTonne().doubleValue(), null,
                hub.processes().stream().map(process -> new HubProcess(process.from(), process.to(),
                        process.feePerTonne().doubleValue())).toList(),
                space.stockAfterDeals().stream()
                        .map(lot -> new HubStock(lot.material(), lot.contaminationClass(), lot.tonnes())).toList());
    }

    /**
     * Refuses (422) candidate hubs that break the optimizer's rules, naming them as the request does (the candidates
     * are the last hubs of the problem); anything else broken is a fault of the snapshot itself.
     */
    private static void requireValidCandidates(Problem problem, int candidates) {
        int first = problem.storageHubs().size() - candidates;
        FieldErrors errors = new FieldErrors();
        for (FieldError error : ProblemValidator.validate(problem)) {
            Matcher hub = HUB_FIELD.matcher(error.field());
            if (hub.lookingAt() && Integer.parseInt(hub.group(1)) >= first) {
                errors.add("candidateHubs[" + (Integer.parseInt(hub.group(1)) - first) + "]"
                        + error.field().substring(hub.end()), error.message());
            } else {
                throw new IllegalStateException("the snapshot breaks the optimizer's rules: " + error);
            }
        }
        errors.throwIfAny();
    }

    private static Double inHorizon(Double tonnesPerYear, ScenarioSpec spec) {
        return tonnesPerYear == null || !spec.timed() ? null : tonnesPerYear * spec.yearShare();
    }

    private static Stream<Supply> supplies(Listings.ActiveSupply supply, Map<UUID, List<Stretch>> taken,
                                           ScenarioSpec spec) {
        return parts(supply.id(), supply.kind(), supply.remainingTonnes(), supply.from(), supply.to(),
                taken.getOrDefault(supply.id(), List.of()), spec,
                (id, from, to, tonnes) -> new Supply(id, supply.lat(), supply.lon(), supply.material(),
                        supply.contaminationClass(), tonnes, from, to));
    }

    private static Stream<Demand> demands(Listings.ActiveDemand demand, Map<UUID, List<Stretch>> taken,
                                          ScenarioSpec spec) {
        List<String> accepts = spec.materials() == null ? demand.accepts()
                : demand.accepts().stream().filter(spec.materials()::contains).toList();
        return parts(demand.id(), demand.kind(), demand.remainingTonnes(), demand.from(), demand.to(),
                taken.getOrDefault(demand.id(), List.of()), spec,
                (id, from, to, tonnes) -> new Demand(id, demand.lat(), demand.lon(), accepts,
                        demand.maxContaminationClass(), tonnes, from, to, demand.maxHaulKm()));
    }

    /**
     * A listing as the problem has it: one entry over its {@link Window} where no deal on a plan over time took of
     * it; otherwise one entry per stretch of what remains ({@link ListingTimeline}) that meets the horizon, so that
     * the optimizer's even release over each stretch's days is what remains of every period. A lone stretch keeps
     * the listing's id; several are told apart by {@link Snapshot#stretchId}.
     */
    private static <T> Stream<T> parts(UUID id, ListingKind kind, double remaining, LocalDate from, LocalDate to,
                                       List<Stretch> taken, ScenarioSpec spec, Part<T> part) {
        if (taken.isEmpty()) {
            Window window = Window.of(from, to, kind, spec);
            return Stream.of(part.of(id.toString(), window.from(), window.to(), window.tonnes(remaining, kind)));
        }
        List<Stretch> stretches = ListingTimeline.of(kind, remaining, from, to, spec.from(), spec.to(), taken)
                .stretches().stream()
                .filter(stretch -> !stretch.last().isBefore(spec.from()) && !stretch.first().isAfter(spec.to()))
                .toList();
        return stretches.stream().map(stretch -> part.of(stretches.size() == 1 ? id.toString()
                : Snapshot.stretchId(id, stretch.first()), stretch.first(), stretch.last(), stretch.tonnes()));
    }

    /** Makes a problem's supply or demand of a listing, or of one stretch of it. */
    private interface Part<T> {
        T of(String id, LocalDate from, LocalDate to, double tonnes);
    }

    /** The problem's supplies and demands. */
    private record ListingParts(List<Supply> supplies, List<Demand> demands) {
    }

    private static boolean covered(ScenarioSpec spec, double lon, double lat) {
        return spec.region() == null || spec.region().covers(lon, lat);
    }

    private static boolean covered(ScenarioSpec spec, GeoPoint point) {
        return covered(spec, point.lon(), point.lat());
    }

    /**
     * The window a listing has in the problem: in v2 a one-off listing's own (open ends stay open: the horizon's
     * ends); a recurring stream's, and every window of a static (v1) scenario, cut to the horizon.
     */
    private record Window(LocalDate from, LocalDate to) {

        static Window of(LocalDate from, LocalDate to, ListingKind kind, ScenarioSpec spec) {
            if (kind != ListingKind.RECURRING && spec.timed()) {
                return new Window(from, to);
            }
            return new Window(from == null || from.isBefore(spec.from()) ? spec.from() : from,
                    to == null || to.isAfter(spec.to()) ? spec.to() : to);
        }

        /** A one-off listing's remaining tonnes; a recurring stream's yearly amount over this window. */
        double tonnes(double remaining, ListingKind kind) {
            if (kind != ListingKind.RECURRING) {
                return remaining;
            }
            return remaining * (ChronoUnit.DAYS.between(from, to) + 1) / ScenarioSpec.DAYS_PER_YEAR;
        }
    }
}
