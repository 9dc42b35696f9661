package no.sirkel.scenario;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.sirkel.geo.FeatureCollection;
import no.sirkel.material.Language;
import no.sirkel.material.MaterialCatalogue;
import no.sirkel.optimizer.explain.UnmatchedListings;
import no.sirkel.optimizer.problem.ProblemWriter;
import no.sirkel.security.Caller;
import no.sirkel.security.Role;
import no.sirkel.web.ApiException;
import no.sirkel.web.ContentNegotiation;
import no.sirkel.web.Cursor;
import no.sirkel.web.Page;
import no.sirkel.web.Paging;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/scenarios")
class ScenarioController {

    private static final int MAX_LIMIT = 200;
    private static final int MAX_COMPARED = 10;
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final TypeReference<List<HubComparison.Candidate>> CANDIDATES = new TypeReference<>() {
    };
    private static final List<MediaType> PLAN_FORMATS =
            List.of(MediaType.APPLICATION_JSON, FeatureCollection.MEDIA_TYPE, CSV);

    private final ScenarioRepository scenarios;
    private final SnapshotTaker snapshots;
    private final ScenarioSolver solver;
    private final ScenarioEvents events;
    private final ScenarioEventStream eventStream;
    private final StoredPlans plans;
    private final MaterialCatalogue catalogue;
    private final PlanNaming naming;
    private final JsonMapper json;

    ScenarioController(ScenarioRepository scenarios, SnapshotTaker snapshots, ScenarioSolver solver,
                       ScenarioEvents events, ScenarioEventStream eventStream, StoredPlans plans,
                       MaterialCatalogue catalogue, PlanNaming naming, JsonMapper json) {
        this.scenarios = scenarios;
        this.snapshots = snapshots;
        this.solver = solver;
        this.events = events;
        this.eventStream = eventStream;
        this.plans = plans;
        this.catalogue = catalogue;
        this.naming = naming;
        this.json = json;
    }

    /** Snapshots the marketplace into an optimizer problem and queues it; 202, solving happens in the background. */
    @Operation(summary = "Create a scenario",
            description = "Snapshots the marketplace (the horizon's active listings, facilities and materials, "
                    + "optionally within a region) and queues it for the optimizer (PLANNER, ADMIN). Answers 202 with "
                    + "Location; follow it or /events for progress.")
    @ApiResponse(responseCode = "202", description = "The scenario, queued for solving")
    @PostMapping
    Mono<ResponseEntity<ScenarioView>> create(Caller caller, @RequestBody ScenarioRequest request) {
        requirePlanner(caller);
        return catalogue.byCode()
                .map(request::validate)
                .flatMap(spec -> snapshots.take(spec).flatMap(snapshot -> scenarios.insert(spec,
                        ProblemWriter.toJson(snapshot.problem()), json.writeValueAsString(snapshot.listingVersions()),
                        request.candidateNames(), caller.tokenId())))
                .doOnNext(row -> solver.wake())
                .map(row -> ResponseEntity.accepted().location(URI.create("/api/v1/scenarios/" + row.id()))
                        .body(ScenarioView.of(row, json)));
    }

    /** Newest first. */
    @Operation(summary = "List scenarios",
            description = "A page of scenarios, newest first (limit up to 200), with status, progress and KPIs.")
    @GetMapping
    Mono<Page<ScenarioView>> list(Caller caller, @RequestParam(required = false) String cursor,
                                  @RequestParam(defaultValue = "50") int limit) {
        requirePlanner(caller);
        Paging.limit(limit, MAX_LIMIT);
        Cursor after = Cursor.parse(cursor);
        return scenarios.findPage(after == null ? null : after.instant(0).atOffset(ZoneOffset.UTC),
                        after == null ? null : after.uuid(1), limit + 1)
                .map(row -> ScenarioView.of(row, json))
                .collectList()
                .map(rows -> Paging.page(rows, limit,
                        scenario -> Cursor.after(scenario.timings().createdAt().toInstant(), scenario.id())));
    }

    @Operation(summary = "Read a scenario",
            description = "A scenario's status (QUEUED, SOLVING, SOLVED, STOPPED, FAILED), progress while solving, "
                    + "KPIs against the baseline and the gap to the lower bound once there is a plan, and timings.")
    @GetMapping("/{id}")
    Mono<ScenarioView> get(Caller caller, @Parameter(description = "The scenario's id") @PathVariable UUID id) {
        requirePlanner(caller);
        return existing(id).map(row -> ScenarioView.of(row, json));
    }

    /**
     * Status changes, every new best solution and, while solving, a progress tick at least once a second, as
     * Server-Sent Events ({@code event: status} / {@code best} / {@code progress}), starting with the scenario's
     * current state and ending with its final status (see {@link ScenarioEventStream}).
     */
    @Operation(summary = "Follow a scenario",
            description = "Server-Sent Events: `status` on every change and `best` on every new best solution, ending "
                    + "with the final status.")
    @GetMapping(value = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<ScenarioEvent>> events(Caller caller,
                                                @Parameter(description = "The scenario's id")
                                                @PathVariable UUID id) {
        requirePlanner(caller);
        return existing(id).flatMapMany(eventStream::of)
                .map(event -> ServerSentEvent.builder(event).event(event.type()).build());
    }

    /** Stops the solver early, keeping the best plan; a queued scenario stops without a plan. */
    @Operation(summary = "Stop a scenario",
            description = "Stops solving early, keeping the best plan found so far; a queued scenario stops without "
                    + "one.")
    @PostMapping("/{id}/stop")
    Mono<ResponseEntity<ScenarioView>> stop(Caller caller,
                                            @Parameter(description = "The scenario's id")
                                            @PathVariable UUID id) {
        requirePlanner(caller);
        return existing(id).flatMap(row -> {
            if (row.status().isFinal()) {
                return Mono.error(ApiException.conflict("status", "field.scenario.nothingToStop", row.status()));
            }
            return scenarios.requestStop(id);
        }).map(row -> {
            solver.stopIfSolvingHere(id);
            if (row.status() == ScenarioStatus.STOPPED) {
                events.publish(ScenarioEvent.status(id, ScenarioStatus.STOPPED, null));
            }
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(ScenarioView.of(row, json));
        });
    }

    /** The snapshot the scenario solves, in the optimizer problem format v1. */
    @Operation(summary = "A scenario's problem",
            description = "The marketplace snapshot as the optimizer's problem (optimizer problem format, see the "
                    + "contracts).")
    @GetMapping(value = "/{id}/problem", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<String> problem(Caller caller, @Parameter(description = "The scenario's id") @PathVariable UUID id) {
        requirePlanner(caller);
        return scenarios.problemJson(id).switchIfEmpty(Mono.error(ApiException.notFound("scenario", id)));
    }

    /**
     * The best plan: in the optimizer plan format v1 by default; its flows as GeoJSON LineStrings (tonnes, km, cost
     * and CO2 as properties) for {@code Accept: application/geo+json}; as a CSV table for {@code Accept: text/csv}.
     */
    @Operation(summary = "A scenario's plan",
            description = "The plan: the optimizer's plan format as JSON, GeoJSON LineStrings (Accept: "
                    + "application/geo+json) or CSV (Accept: text/csv), with periods where the plan has them.")
    @ApiResponse(responseCode = "409", description = "The scenario has no plan (yet)")
    @GetMapping("/{id}/plan")
    Mono<ResponseEntity<?>> plan(Caller caller, @Parameter(description = "The scenario's id") @PathVariable UUID id,
                                 @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                 @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                 String acceptLanguage) {
        requirePlanner(caller);
        MediaType format = ContentNegotiation.choose(accept, PLAN_FORMATS);
        if (format.equals(MediaType.APPLICATION_JSON)) {
            return plans.planJson(id).map(plan -> ResponseEntity.ok().contentType(format).body(plan));
        }
        return plans.problemAndPlan(id).flatMap(both -> naming.of(caller, id, both.getT1(),
                Language.fromAcceptLanguage(acceptLanguage)).map(names -> {
            if (format.equals(FeatureCollection.MEDIA_TYPE)) {
                return ResponseEntity.ok().contentType(format)
                        .body(PlanExports.geoJson(both.getT1(), both.getT2(), names));
            }
            return ResponseEntity.ok().contentType(format)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"plan-" + id + ".csv\"")
                    .body(PlanExports.csv(both.getT1(), both.getT2(), names));
        }));
    }

    /** The plan period by period (tonnes by kind, money, trips, CO2) and each hub's stock over time. */
    @Operation(summary = "A scenario's plan by period",
            description = "The plan period by period (tonnes by kind of flow, NOK, truck trips, kg CO2) and each "
                    + "storage hub's stock at the end of every period; a plan without periods has one period.")
    @ApiResponse(responseCode = "409", description = "The scenario has no plan (yet)")
    @GetMapping("/{id}/periods")
    Mono<PlanPeriods> periods(Caller caller, @Parameter(description = "The scenario's id") @PathVariable UUID id,
                              @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                              String acceptLanguage) {
        requirePlanner(caller);
        return plans.problemAndPlan(id).flatMap(both -> naming.of(caller, id, both.getT1(),
                        Language.fromAcceptLanguage(acceptLanguage))
                .map(names -> PlanPeriods.of(both.getT1(), both.getT2(), names)));
    }

    /**
     * The listings the plan leaves (partly) unmatched, each with why: no compatible counterpart, none in reach, a
     * window mismatch (over time: no storage within reach between its window and any counterpart's), counterparts
     * taken by other matches, or not worth it against landfill and quarry; and the tonnes that pay the penalty, with
     * why (no landfill or quarry for them, or their capacity used). Worked out on a bounded scheduler, as it looks at
     * every pair.
     */
    @Operation(summary = "Unmatched listings",
            description = "The listings the plan leaves wholly or partly unmatched, with the tonnes left and why.")
    @ApiResponse(responseCode = "409", description = "The scenario has no plan (yet)")
    @GetMapping("/{id}/unmatched")
    Mono<Map<String, List<UnmatchedListings.Unmatched>>> unmatched(Caller caller,
                                                                   @Parameter(description = "The scenario's id")
                                                                   @PathVariable UUID id) {
        requirePlanner(caller);
        return plans.problemAndPlan(id)
                .publishOn(Schedulers.boundedElastic())
                .map(both -> Map.of("items", UnmatchedListings.explain(both.getT1(), both.getT2())));
    }

    /**
     * The scenario's plan beside the same snapshot solved without any hub, and what each candidate hub saves (see
     * {@link HubComparison}): {@code SOLVING} until the background solves after the main solve are done.
     */
    @Operation(summary = "A scenario with and without hubs",
            description = "The plan's KPIs beside those of the same snapshot solved without any storage hub, and "
                    + "what each candidate hub saves; status SOLVING until those extra solves are done.")
    @ApiResponse(responseCode = "409", description = "The scenario ended without a plan")
    @GetMapping("/{id}/comparison")
    Mono<ComparisonView> comparison(Caller caller,
                                    @Parameter(description = "The scenario's id") @PathVariable UUID id) {
        requirePlanner(caller);
        return scenarios.comparison(id).switchIfEmpty(Mono.error(ApiException.notFound("scenario", id)))
                .map(stored -> {
                    if (stored.summaryJson() == null && stored.status().isFinal()) {
                        throw ApiException.conflict("status", "field.scenario.noPlan", stored.status());
                    }
                    boolean compared = stored.candidatesJson() != null;
                    return new ComparisonView(compared ? "SOLVED" : "SOLVING",
                            ScenarioView.kpis(stored.summaryJson(), json),
                            ScenarioView.kpis(stored.withoutHubsJson(), json), compared
                            ? json.readValue(stored.candidatesJson(), CANDIDATES) : List.of());
                });
    }

    /** Several scenarios' KPIs side by side, each with its differences from the first. */
    @Operation(summary = "Compare scenarios",
            description = "The KPIs of 2 or more scenarios side by side, each with its difference from the first.")
    @GetMapping("/compare")
    Mono<Comparison> compare(Caller caller,
                             @Parameter(description = "The scenarios to compare, 2 or more ids, comma-separated")
                             @RequestParam List<UUID> ids) {
        requirePlanner(caller);
        if (ids.size() < 2 || ids.size() > MAX_COMPARED) {
            throw ApiException.badRequest("ids", "field.scenario.compared", MAX_COMPARED);
        }
        return Flux.fromIterable(ids).concatMap(this::existing).collectList().map(rows -> {
            List<Comparison.Column> columns = new ArrayList<>();
            Kpis first = null;
            for (ScenarioRow row : rows) {
                Kpis kpis = ScenarioView.kpis(row, json);
                if (columns.isEmpty()) {
                    first = kpis;
                }
                columns.add(new Comparison.Column(row.id(), row.name(), row.status(), kpis,
                        Comparison.Difference.between(kpis, first)));
            }
            return new Comparison(columns);
        });
    }

    private Mono<ScenarioRow> existing(UUID id) {
        return scenarios.find(id).switchIfEmpty(Mono.error(ApiException.notFound("scenario", id)));
    }

    private static void requirePlanner(Caller caller) {
        caller.requireRole(Role.PLANNER, Role.ADMIN);
    }

    /**
     * A scenario with and without storage.
     *
     * @param status      {@code SOLVING} until both are solved, then {@code SOLVED}
     * @param withHubs    the scenario's plan's KPIs (null until it has a plan)
     * @param withoutHubs the KPIs of the same snapshot solved with no registered or candidate hub (null until solved)
     * @param candidates  each candidate hub, whether the plan opens it and what it saves (empty until solved)
     */
    @Schema(name = "HubComparison", description = "A scenario with and without storage")
    record ComparisonView(@Schema(description = "SOLVING until both are solved, then SOLVED",
                                  allowableValues = {"SOLVING", "SOLVED"})
                          String status,
                          @Schema(description = "The scenario's plan's KPIs; null until it has a plan") Kpis withHubs,
                          @Schema(description = "The KPIs of the same snapshot solved with no registered or candidate "
                                  + "hub; null until solved")
                          Kpis withoutHubs,
                          @Schema(description = "Each candidate hub, whether the plan opens it and what it saves; "
                                  + "empty until solved")
                          List<HubComparison.Candidate> candidates) {
    }

    /**
     * KPIs of several scenarios; each column's {@code versusFirst} is its figures minus the first scenario's (null
     * where either has no plan).
     */
    @Schema(name = "ScenarioComparison", description = "KPIs of several scenarios side by side")
    record Comparison(@Schema(description = "One column per scenario, in the order asked") List<Column> scenarios) {

        @Schema(name = "ScenarioComparisonColumn", description = "One scenario's KPIs and its difference from the first")
        record Column(@Schema(description = "The scenario's id") UUID id,
                      @Schema(description = "The scenario's name") String name,
                      @Schema(description = "The scenario's status") ScenarioStatus status,
                      @Schema(description = "Its plan's KPIs; null while it has no plan") Kpis kpis,
                      @Schema(description = "Its figures minus the first scenario's; null where either has no plan")
                      Difference versusFirst) {
        }

        @Schema(name = "KpiDifference", description = "One scenario's figures minus another's")
        record Difference(@Schema(description = "Money, NOK") double cost,
                          @Schema(description = "Reused tonnes, t") double reusedTonnes,
                          @Schema(description = "Reuse rate, 0 to 1") double reuseRate,
                          @Schema(description = "Transport work, tonne-km") double tonneKm,
                          @Schema(description = "Truck trips") long truckTrips,
                          @Schema(description = "Transport CO2, kg") double co2Kg) {

            static Difference between(Kpis kpis, Kpis first) {
                if (kpis == null || first == null) {
                    return null;
                }
                return new Difference(kpis.cost() - first.cost(), kpis.reusedTonnes() - first.reusedTonnes(),
                        kpis.reuseRate() - first.reuseRate(), kpis.tonneKm() - first.tonneKm(),
                        kpis.truckTrips() - first.truckTrips(), kpis.co2Kg() - first.co2Kg());
            }
        }
    }
}
