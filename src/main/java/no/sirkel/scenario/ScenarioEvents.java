package no.sirkel.scenario;

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

    private final Map<UUID, Sinks.Many<ScenarioEvent>> sinks = new ConcurrentHashMap<>();

    /**
     * Publishes from any thread: the claiming thread and the solver's thread both publish, so emissions into a sink
     * are serialised here rather than left to fail under contention. An event nobody listens to is dropped.
     */
    void publish(ScenarioEvent event) {
        Sinks.Many<ScenarioEvent> sink = sink(event.scenarioId());
        synchronized (sink) {
            sink.tryEmitNext(event);
            if (event.isFinal()) {
                sinks.remove(event.scenarioId());
                sink.tryEmitComplete();
            }
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
