package no.sirkel.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

/**
 * The cache's rules, with the database's part played by hand: reads counted, announcements and the listening
 * connection's state told directly as {@link ChangeAnnouncements} tells them. {@code TokenCacheTest} and
 * {@code NamesInAnswersTest} run it against the real database.
 */
class ChangeAwareCacheTest {

    /** A row as a feature keeps it: the payload of its announcements is its key. */
    private record Row(String key, String value) {
    }

    private final List<Collection<String>> reads = new ArrayList<>();
    private ChangeAwareCache<String, Row> cache;

    @BeforeEach
    void newCache() {
        cache = new ChangeAwareCache<>(new ChangeAnnouncements(null), "row_changed", 3, Row::key);
    }

    @Test
    void keepsNothingUntilListeningStarts() {
        read("a");
        read("a");

        assertThat(reads).hasSize(2);
    }

    @Test
    void aRowReadWhileListeningIsKept() {
        cache.listening(true);

        assertThat(read("a")).isEqualTo(new Row("a", "a1"));
        assertThat(read("a")).isEqualTo(new Row("a", "a1"));
        assertThat(reads).hasSize(1);
    }

    @Test
    void anAnnouncementDropsOnlyTheRowItConcerns() {
        cache.listening(true);
        read("a");
        read("b");

        cache.announced("a");
        read("a");
        read("b");

        assertThat(reads).containsExactly(List.of("a"), List.of("b"), List.of("a"));
    }

    @Test
    void aRowReadWhileItsChangeIsAnnouncedIsAnsweredButNotKept() {
        cache.listening(true);
        Sinks.One<Row> slowRead = Sinks.one();
        Mono<Row> answer = cache.get("a", () -> slowRead.asMono());

        StepVerifier.create(answer)
                .then(() -> {
                    cache.announced("a");
                    slowRead.tryEmitValue(new Row("a", "old"));
                })
                .expectNext(new Row("a", "old"))
                .verifyComplete();
        assertThat(read("a")).isEqualTo(new Row("a", "a1"));
        assertThat(reads).hasSize(1);
    }

    @Test
    void stoppingListeningDropsEverythingAndKeepsNothingUntilItStartsAgain() {
        cache.listening(true);
        read("a");

        cache.listening(false);
        read("a");
        read("a");
        cache.listening(true);
        read("a");
        read("a");

        assertThat(reads).hasSize(4);
    }

    @Test
    void aWriterForgetsItsRowAtOnce() {
        cache.listening(true);
        read("a");

        cache.forget(row -> row.key().equals("a"));
        read("a");

        assertThat(reads).hasSize(2);
    }

    @Test
    void manyKeysAreReadInOneGoExceptThoseKeptAndThoseNotFoundAreLeftOut() {
        cache.listening(true);
        read("a");

        Map<String, Row> found = cache.getAll(List.of("a", "b", "missing"), this::readAll, Row::key).block();

        assertThat(found).containsOnlyKeys("a", "b");
        assertThat(reads).containsExactly(List.of("a"), List.of("b", "missing"));
        cache.getAll(List.of("a", "b"), this::readAll, Row::key).block();
        assertThat(reads).hasSize(2);
    }

    @Test
    void moreRowsThanItMayKeepEmptyItFirst() {
        cache.listening(true);
        for (String key : List.of("a", "b", "c", "d")) {
            read(key);
        }

        read("d");
        read("a");

        assertThat(reads).hasSize(5);
    }

    private Row read(String key) {
        return cache.get(key, () -> readAll(List.of(key)).next()).block();
    }

    /** The rows under the keys, as the database has them: every key but {@code missing} has a row. */
    private Flux<Row> readAll(Collection<String> keys) {
        reads.add(List.copyOf(keys));
        return Flux.fromIterable(keys).filter(key -> !key.equals("missing")).map(key -> new Row(key, key + "1"));
    }
}
