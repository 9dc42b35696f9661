package no.sirkel.database;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Rows read from the database, kept by key until a committed change of theirs is announced on a channel of
 * {@link ChangeAnnouncements}, so that reading them again seldom needs a statement, on any number of service
 * instances, without showing a change later than the announcement arrives.
 *
 * <ul>
 *   <li>Nothing is kept while the channel is not heard, and all is dropped when listening starts or stops.</li>
 *   <li>A read that overlaps an announcement (or a start or stop of listening) is answered but not kept, so a row read
 *       just before a change committed cannot outlive the change's announcement.</li>
 *   <li>A change made through this instance is dropped by its writer once committed ({@link #forget}), so the
 *       instance's next read shows it without waiting for the announcement. What no announcement can cover is a
 *       change committed on another instance while the listening connection was broken and before this instance
 *       noticed; on a loopback connection that is a moment, across a network as long as TCP takes to tell.</li>
 *   <li>Rows not found are not kept: they are read again each time.</li>
 *   <li>More than {@code maxEntries} rows empties the cache, which then fills again with those still read.</li>
 * </ul>
 *
 * <p>An announcement costs a pass over the rows kept (the payload need not be their key), which suits rows read far
 * more often than changed.
 *
 * @param <K> the key rows are read by
 * @param <V> the row
 */
public final class ChangeAwareCache<K, V> implements ChangeAnnouncements.Listener {

    private final int maxEntries;
    private final Function<V, ?> announcedAs;
    private final Map<K, V> kept = new ConcurrentHashMap<>();
    /** Counts announcements, forgets and starts and stops of listening: a read during which it moved is not kept. */
    private final AtomicLong changes = new AtomicLong();
    private volatile boolean listening;

    /**
     * @param channel    the channel on which the rows' changes are announced
     * @param maxEntries the most rows kept
     * @param announcedAs what the announcements of a row's changes name (its id), as their payload's text
     */
    public ChangeAwareCache(ChangeAnnouncements announcements, String channel, int maxEntries,
                            Function<V, ?> announcedAs) {
        this.maxEntries = maxEntries;
        this.announcedAs = announcedAs;
        announcements.subscribe(channel, this);
    }

    /** The row kept under the key, or else the one {@code read} finds (kept where it may be), when subscribed. */
    public Mono<V> get(K key, Supplier<Mono<V>> read) {
        return Mono.defer(() -> {
            V found = listening ? kept.get(key) : null;
            if (found != null) {
                return Mono.just(found);
            }
            long changesBefore = changes.get();
            return read.get().doOnNext(row -> keep(key, row, changesBefore));
        });
    }

    /**
     * The rows under the keys, by key: those kept, and those {@code read} finds among the keys not kept (kept where
     * they may be), when subscribed. Keys of rows found nowhere are absent.
     */
    public Mono<Map<K, V>> getAll(Collection<K> keys, Function<Collection<K>, Flux<V>> read, Function<V, K> keyOf) {
        return Mono.defer(() -> {
            Map<K, V> found = new HashMap<>();
            List<K> missing = new ArrayList<>();
            for (K key : keys) {
                V row = listening ? kept.get(key) : null;
                if (row == null) {
                    missing.add(key);
                } else {
                    found.put(key, row);
                }
            }
            if (missing.isEmpty()) {
                return Mono.just(found);
            }
            long changesBefore = changes.get();
            return read.apply(missing)
                    .doOnNext(row -> {
                        K key = keyOf.apply(row);
                        keep(key, row, changesBefore);
                        found.put(key, row);
                    })
                    .then(Mono.fromSupplier(() -> found));
        });
    }

    /** Drops the rows that match, here at once: a writer calls it once its change has committed. */
    public void forget(Predicate<V> changed) {
        changes.incrementAndGet();
        kept.values().removeIf(changed);
    }

    @Override
    public void announced(String payload) {
        forget(row -> payload.equals(String.valueOf(announcedAs.apply(row))));
    }

    @Override
    public void listening(boolean listening) {
        changes.incrementAndGet();
        this.listening = listening;
        kept.clear();
    }

    private void keep(K key, V row, long changesBefore) {
        if (!listening || changes.get() != changesBefore) {
            return;
        }
        if (kept.size() >= maxEntries) {
            kept.clear();
        }
        kept.put(key, row);
        if (changes.get() != changesBefore) {
            kept.remove(key, row);
        }
    }
}
