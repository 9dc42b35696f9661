package no.sirkel.scenario;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Bridges this instance's solvers to Reactor: solver threads publish status changes and new best solutions, and
 * event streams subscribe per scenario. A stream ends with the scenario's final status.
 */
@Component
class ScenarioEvents {

    private static final Sinks.EmitFailureHandler RETRY_WHILE_CONTENDED =
            Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(200));

    private final Map<UUID, Sinks.Many<ScenarioEvent>> sinks = new ConcurrentHashMap<>();

    void publish(ScenarioEvent event) {
        Sinks.Many<ScenarioEvent> sink = sink(event.scenarioId());
        sink.emitNext(event, RETRY_WHILE_CONTENDED);
        if (event.isFinal()) {
            sinks.remove(event.scenarioId());
            sink.emitComplete(RETRY_WHILE_CONTENDED);
        }
    }

    /** The events published on this instance from now on. */
    Flux<ScenarioEvent> stream(UUID scenarioId) {
        Sinks.Many<ScenarioEvent> sink = sink(scenarioId);
        return sink.asFlux().doFinally(signal -> {
            if (sink.currentSubscriberCount() == 0) {
                sinks.remove(scenarioId, sink);
            }
        });
    }

    private Sinks.Many<ScenarioEvent> sink(UUID scenarioId) {
        return sinks.computeIfAbsent(scenarioId, id -> Sinks.many().multicast().directBestEffort());
    }
}
