package no.sirkel.scenario;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import no.sirkel.optimizer.Progress;

class ScenarioEventsTest {

    @Test
    void eventsPublishedFromManyThreadsAtOnceAllReachTheStream() {
        ScenarioEvents events = new ScenarioEvents();
        UUID scenario = UUID.randomUUID();
        int threads = 8;
        int perThread = 500;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);

        StepVerifier.create(events.stream(scenario).take(threads * perThread))
                .then(() -> {
                    for (int t = 0; t < threads; t++) {
                        pool.submit(() -> {
                            start.await();
                            for (int i = 0; i < perThread; i++) {
                                events.publish(ScenarioEvent.best(scenario, new Progress(0, "greedy", 1, 1, 0)));
                            }
                            return null;
                        });
                    }
                    start.countDown();
                })
                .expectNextCount(threads * perThread)
                .expectComplete()
                .verify(Duration.ofSeconds(30));
        pool.shutdownNow();
    }

    @Test
    void theStreamEndsWithTheFinalStatus() {
        ScenarioEvents events = new ScenarioEvents();
        UUID scenario = UUID.randomUUID();
        StepVerifier.create(events.stream(scenario))
                .then(() -> events.publish(ScenarioEvent.status(scenario, ScenarioStatus.SOLVING, null)))
                .expectNextMatches(event -> event.status() == ScenarioStatus.SOLVING)
                .then(() -> events.publish(ScenarioEvent.status(scenario, ScenarioStatus.SOLVED, null)))
                .expectNextMatches(ScenarioEvent::isFinal)
                .expectComplete()
                .verify(Duration.ofSeconds(5));
    }
}
