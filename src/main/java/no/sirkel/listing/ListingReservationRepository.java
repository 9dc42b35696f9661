package no.sirkel.listing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What deals on plans over time took of listings, period by period (see {@link ListingTimeline}). */
@Repository
class ListingReservationRepository {

    private final DatabaseClient db;

    ListingReservationRepository(DatabaseClient db) {
        this.db = db;
    }

    /** The listings' reservations, each with its listing's id, in the order they were made. */
    Flux<Map.Entry<UUID, Stretch>> find(Collection<UUID> listingIds) {
        return db.sql("""
                        select listing_id, first_day, last_day, tonnes from listing_reservation
                        where listing_id = any(:ids) order by id""")
                .bind("ids", listingIds.toArray(UUID[]::new))
                .map(row -> Map.entry(row.get("listing_id", UUID.class), new Stretch(
                        row.get("first_day", LocalDate.class), row.get("last_day", LocalDate.class),
                        row.get("tonnes", Double.class))))
                .all();
    }

    Mono<Void> insert(UUID listingId, UUID dealId, List<Stretch> taken) {
        return db.sql("""
                        insert into listing_reservation (listing_id, deal_id, first_day, last_day, tonnes)
                        select :listing, :deal, * from unnest(:firsts::date[], :lasts::date[], :tonnes::float8[])""")
                .bind("listing", listingId).bind("deal", dealId)
                .bind("firsts", taken.stream().map(Stretch::first).toArray(LocalDate[]::new))
                .bind("lasts", taken.stream().map(Stretch::last).toArray(LocalDate[]::new))
                .bind("tonnes", taken.stream().map(Stretch::tonnes).toArray(Double[]::new))
                .then();
    }
}
