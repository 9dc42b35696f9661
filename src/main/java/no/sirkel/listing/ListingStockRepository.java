package no.sirkel.listing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Locks listings for other features' transactions and reserves their tonnes for deals. Reserving never moves a
 * listing's {@code version}: that counts the owner's edits.
 */
@Repository
class ListingStockRepository {

    private static final String COLUMNS = "id, company_id, version, status, tonnes, reserved_tonnes, kind, ";

    private final DatabaseClient db;

    ListingStockRepository(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Locks the listing's row until the transaction ends. {@code FOR NO KEY UPDATE} excludes every other writer and
     * locker of the row as {@code FOR UPDATE} does, but lets rows that reference it (new proposals and their events)
     * be inserted meanwhile.
     */
    Mono<ListingStock> lock(String kind, UUID id) {
        return db.sql("select " + columns(kind) + " from " + kind + " where id = :id for no key update")
                .bind("id", id)
                .map(row -> stock(kind, row))
                .one();
    }

    /** Share-locks the listings in id order (the order deals lock them in) until the transaction ends. */
    Flux<ListingStock> shareLock(String kind, Collection<UUID> ids) {
        return db.sql("select " + columns(kind) + " from " + kind + " where id = any(:ids) order by id for share")
                .bind("ids", ids.toArray(UUID[]::new))
                .map(row -> stock(kind, row))
                .all();
    }

    /**
     * Adds the tonnes to the listing's reservations and marks it {@code MATCHED} where nothing remains.
     *
     * @return whether the listing became {@code MATCHED}
     */
    Mono<Boolean> reserve(ListingStock listing, double tonnes) {
        boolean exhausted = listing.exhaustedBy(tonnes);
        return db.sql("update " + listing.kind() + """
                         set reserved_tonnes = reserved_tonnes + :tonnes,
                             status = case when :exhausted then 'MATCHED' else status end,
                             updated_at = now()
                        where id = :id""")
                .bind("id", listing.id()).bind("tonnes", tonnes).bind("exhausted", exhausted)
                .then().thenReturn(exhausted && listing.status() != ListingStatus.MATCHED);
    }

    /** The columns a {@link ListingStock} is read from, the window's ends named alike for supplies and demands. */
    private static String columns(String kind) {
        return COLUMNS + (kind.equals("supply") ? "available_from as window_from, available_to as window_to"
                : "needed_from as window_from, needed_to as window_to");
    }

    private static ListingStock stock(String kind, Readable row) {
        return new ListingStock(kind, row.get("id", UUID.class), row.get("company_id", UUID.class),
                row.get("version", Integer.class), ListingStatus.valueOf(row.get("status", String.class)),
                row.get("tonnes", Double.class), row.get("reserved_tonnes", Double.class),
                ListingKind.valueOf(row.get("kind", String.class)), row.get("window_from", LocalDate.class),
                row.get("window_to", LocalDate.class));
    }
}
