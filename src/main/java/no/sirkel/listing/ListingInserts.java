package no.sirkel.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import no.sirkel.listing.ListingRepository.NewListing;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * Inserts listings created on their own (outside any transaction) together where many come at once. At most
 * {@value #MAX_RUNNING} inserts are in flight; a listing that comes meanwhile waits, and the next insert takes every
 * listing waiting (up to {@value #MAX_ROWS}) in one statement and one commit. A listing that finds fewer inserts in
 * flight is inserted at once, so a lone listing never waits. Under load the listings share the round trip and the
 * durable commit's WAL flush: with {@code pgbench}, PostgreSQL spent 0.22 ms of CPU a listing inserted eight at a
 * time against 0.58 ms one at a time.
 *
 * <p>Each listing's outcome is its own: left out of the statement where its site is not one it may be at (empty,
 * as {@link ListingRepository#insert}); where the shared statement fails, each of its listings is inserted again
 * alone, so that each gets its own answer.
 */
final class ListingInserts<L extends Listing, F extends ListingFields> {

    private static final int MAX_RUNNING = 4;
    private static final int MAX_ROWS = 32;

    private final ListingRepository<L, F> listings;
    private final Queue<Waiting<F, L>> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger running = new AtomicInteger();

    ListingInserts(ListingRepository<L, F> listings) {
        this.listings = listings;
    }

    /** Inserts the listing, perhaps together with others; empty where its site is not one it may be at. */
    Mono<L> insert(NewListing<F> listing) {
        return Mono.create(sink -> {
            waiting.add(new Waiting<>(listing, sink));
            insertWaiting();
        });
    }

    /** Starts inserts of the waiting listings while fewer than {@value #MAX_RUNNING} are in flight. */
    private void insertWaiting() {
        while (!waiting.isEmpty()) {
            int now = running.get();
            if (now >= MAX_RUNNING) {
                return;
            }
            if (!running.compareAndSet(now, now + 1)) {
                continue;
            }
            List<Waiting<F, L>> taken = new ArrayList<>();
            for (Waiting<F, L> next; taken.size() < MAX_ROWS && (next = waiting.poll()) != null; ) {
                taken.add(next);
            }
            if (taken.isEmpty()) {
                running.decrementAndGet();
            } else {
                insertTogether(taken);
            }
        }
    }

    private void insertTogether(List<Waiting<F, L>> taken) {
        Mono.defer(() -> listings.insertAll(taken.stream().map(Waiting::listing).toList()).collectMap(Listing::id))
                .doFinally(signal -> {
                    running.decrementAndGet();
                    insertWaiting();
                })
                .subscribe(inserted -> taken.forEach(one -> one.answer(inserted)), failure -> {
                    if (taken.size() == 1) {
                        taken.get(0).sink().error(failure);
                    } else {
                        taken.forEach(this::insertAlone);
                    }
                });
    }

    private void insertAlone(Waiting<F, L> one) {
        Mono.defer(() -> listings.insert(one.listing()))
                .subscribe(one.sink()::success, one.sink()::error, one.sink()::success);
    }

    private record Waiting<F, L>(NewListing<F> listing, MonoSink<L> sink) {

        void answer(Map<UUID, L> inserted) {
            L mine = inserted.get(listing.id());
            if (mine == null) {
                sink.success();
            } else {
                sink.success(mine);
            }
        }
    }
}
