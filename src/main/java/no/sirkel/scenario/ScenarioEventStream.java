package no.sirkel.scenario;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;
import no.sirkel.optimizer.Progress;

/**
 * A scenario's event stream: its current state first, then every status change and new best solution until its
 * final status. Best solutions come straight from a solver on this instance ({@link ScenarioEvents}); status is also
 * polled from the database, so that a scenario solved by another instance reports too. Repeats are left out.
 */
@Component
class ScenarioEventStream {

    private static final Duration STATUS_POLL = Duration.ofSeconds(1);

    private final ScenarioRepository scenarios;
    private final ScenarioEvents events;
    private final JsonMapper json;

    ScenarioEventStream(ScenarioRepository scenarios, ScenarioEvents events, JsonMapper json) {
        this.scenarios = scenarios;
        this.events = events;
        this.json = json;
    }

    Flux<ScenarioEvent> of(ScenarioRow row) {
        Flux<ScenarioEvent> current = Flux.just(ScenarioEvent.status(row.id(), row.status(), row.failureReason()));
        if (row.progress() != null) {
            current = current.concatWithValues(
                    ScenarioEvent.best(row.id(), json.readValue(row.progress(), Progress.class)));
        }
        if (row.status().isFinal()) {
            return current;
        }
        Flux<ScenarioEvent> polled = Flux.interval(STATUS_POLL)
                .concatMap(tick -> scenarios.find(row.id()))
                .map(latest -> ScenarioEvent.status(row.id(), latest.status(), latest.failureReason()))
                .distinctUntilChanged(ScenarioEvent::status)
                .skip(1);
        Flux<ScenarioEvent> live = Flux.merge(events.stream(row.id()), polled);
        return current.concatWith(withoutRepeats(live).takeUntil(ScenarioEvent::isFinal));
    }

    /** Status events are passed on when the status changes; best events when the best cost does. */
    private static Flux<ScenarioEvent> withoutRepeats(Flux<ScenarioEvent> events) {
        return Flux.defer(() -> {
            Set<String> seen = new HashSet<>();
            return events.filter(event -> seen.add(event.type() + ":" + (ScenarioEvent.BEST.equals(event.type())
                    ? event.progress().bestCost() : event.status())));
        });
    }
}
