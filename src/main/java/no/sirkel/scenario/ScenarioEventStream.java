package no.sirkel.scenario;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;
import no.sirkel.optimizer.Progress;

/**
 * A scenario's event stream: its current state first, then every status change and new best solution until its
 * final status, and while it solves a {@code progress} tick twice a second (elapsed time against the limit, best cost,
 * bound, phase), so that a client sees the solve move even when the best plan was found early. Best solutions come
 * straight from a solver on this instance ({@link ScenarioEvents}); status and the solver's latest progress are also
 * polled from the database, so that a scenario solved by another instance reports too. Repeats are left out.
 */
@Component
class ScenarioEventStream {

    static final Duration TICK = Duration.ofMillis(500);

    private final ScenarioRepository scenarios;
    private final ScenarioEvents events;
    private final JsonMapper json;

    ScenarioEventStream(ScenarioRepository scenarios, ScenarioEvents events, JsonMapper json) {
        this.scenarios = scenarios;
        this.events = events;
        this.json = json;
    }

    Flux<ScenarioEvent> of(ScenarioRow row) {
        Progress stored = storedProgress(row);
        Flux<ScenarioEvent> current = Flux.just(ScenarioEvent.status(row.id(), row.status(), row.failureReason()));
        if (stored != null) {
            current = current.concatWithValues(ScenarioEvent.best(row.id(), stored));
        }
        if (row.status().isFinal()) {
            return current;
        }
        return current.concatWith(Flux.defer(() -> {
            AtomicReference<Progress> best = new AtomicReference<>(stored);
            Flux<ScenarioEvent> local = events.stream(row.id()).doOnNext(event -> {
                if (ScenarioEvent.BEST.equals(event.type())) {
                    best.accumulateAndGet(event.progress(), ScenarioEventStream::better);
                }
            });
            Flux<ScenarioEvent> polled = Flux.interval(TICK)
                    .concatMap(tick -> scenarios.find(row.id()))
                    .publish(rows -> Flux.merge(
                            rows.map(latest -> ScenarioEvent.status(row.id(), latest.status(), latest.failureReason()))
                                    .distinctUntilChanged(ScenarioEvent::status)
                                    .skip(1),
                            rows.filter(latest -> latest.status() == ScenarioStatus.SOLVING
                                            && latest.startedAt() != null)
                                    .map(latest -> ScenarioEvent.progress(row.id(), tick(latest,
                                            best.accumulateAndGet(storedProgress(latest),
                                                    ScenarioEventStream::better))))));
            return withoutRepeats(Flux.merge(local, polled)).takeUntil(ScenarioEvent::isFinal);
        }));
    }

    private Progress storedProgress(ScenarioRow row) {
        return row.progress() == null ? null : json.readValue(row.progress(), Progress.class);
    }

    /** The solve's clock now, at most its limit, with the best plan known. */
    private static ScenarioEvent.Tick tick(ScenarioRow row, Progress best) {
        double elapsed = Duration.between(row.startedAt(), OffsetDateTime.now()).toMillis() / 1000.0;
        return ScenarioEvent.Tick.of(Math.max(0, Math.min(row.seconds(), elapsed)), row.seconds(), best);
    }

    /** The cheaper of two reports of a best plan (the one heard first where they cost the same); null is none. */
    private static Progress better(Progress known, Progress heard) {
        if (known == null) {
            return heard;
        }
        return heard == null || heard.bestCost() >= known.bestCost() ? known : heard;
    }

    /** Status events are passed on when the status changes; best events when the best cost does; every tick. */
    private static Flux<ScenarioEvent> withoutRepeats(Flux<ScenarioEvent> events) {
        return Flux.defer(() -> {
            Set<String> seen = new HashSet<>();
            return events.filter(event -> switch (event.type()) {
                case ScenarioEvent.BEST -> seen.add(event.type() + ":" + event.progress().bestCost());
                case ScenarioEvent.STATUS -> seen.add(event.type() + ":" + event.status());
                default -> true;
            });
        });
    }
}
