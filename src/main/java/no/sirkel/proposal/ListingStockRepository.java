package no.sirkel.proposal;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Locks listings and reserves their tonnes for deals. Reserving never moves a listing's {@code version}: that counts
 * the owner's edits, and an edit is what makes proposals stale.
 */
@Repository
class ListingStockRepository {

    private final DatabaseClient db;

    ListingStockRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<ListingStock> lockSupply(UUID id) {
        return lock("supply", id);
    }

    Mono<ListingStock> lockDemand(UUID id) {
        return lock("demand", id);
    }

    /** Adds the tonnes to the listing's reservations and marks it {@code MATCHED} where nothing remains. */
    Mono<Void> reserve(ListingStock listing, double tonnes) {
        return db.sql("update " + listing.kind() + """
                         set reserved_tonnes = reserved_tonnes + :tonnes,
                             status = case when :exhausted then 'MATCHED' else status end,
                             updated_at = now()
                        where id = :id""")
                .bind("id", listing.id()).bind("tonnes", tonnes).bind("exhausted", listing.exhaustedBy(tonnes))
                .then();
    }

    /**
     * Locks the listing's row until the transaction ends. {@code FOR NO KEY UPDATE} excludes every other writer and
     * locker of the row as {@code FOR UPDATE} does, but lets rows that reference it (new proposals and their events)
     * be inserted meanwhile.
     */
    private Mono<ListingStock> lock(String kind, UUID id) {
        return db.sql("select tonnes, reserved_tonnes from " + kind + " where id = :id for no key update")
                .bind("id", id)
                .map(row -> new ListingStock(kind, id, row.get("tonnes", Double.class),
                        row.get("reserved_tonnes", Double.class)))
                .one();
    }
}
