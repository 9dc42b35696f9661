package no.sirkel.facility;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Hub space and stock promised in deals. */
@Repository
class HubReservationRepository {

    private final DatabaseClient db;

    HubReservationRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Locks the hub's row until the transaction ends, so that reservations at one hub are made one at a time. */
    Mono<UUID> lockHub(UUID hubId) {
        return db.sql("select id from facility where id = :id and type = 'STORAGE_HUB' for no key update")
                .bind("id", hubId).map(row -> row.get("id", UUID.class)).one();
    }

    /** The hubs' reservations by hub, in id order. */
    Flux<Stored> find(Collection<UUID> hubIds) {
        return db.sql("""
                        select hub_id, period, material, contamination_class, tonnes from hub_reservation
                        where hub_id = any(:hubs) order by id""")
                .bind("hubs", hubIds.toArray(UUID[]::new))
                .map(row -> new Stored(row.get("hub_id", UUID.class), new HubReservation(
                        row.get("period", LocalDate.class), row.get("material", String.class),
                        row.get("contamination_class", Integer.class), row.get("tonnes", Double.class))))
                .all();
    }

    Mono<Void> insert(UUID hubId, UUID dealId, List<HubReservation> reservations) {
        return db.sql("""
                        insert into hub_reservation (hub_id, deal_id, period, material, contamination_class, tonnes)
                        select :hub, :deal, * from unnest(:periods::date[], :materials::text[], :classes::int[],
                                                          :tonnes::float8[])""")
                .bind("hub", hubId).bind("deal", dealId)
                .bind("periods", reservations.stream().map(HubReservation::period).toArray(LocalDate[]::new))
                .bind("materials", reservations.stream().map(HubReservation::material).toArray(String[]::new))
                .bind("classes", reservations.stream().map(HubReservation::contaminationClass)
                        .toArray(Integer[]::new))
                .bind("tonnes", reservations.stream().map(HubReservation::tonnes).toArray(Double[]::new))
                .then();
    }

    /** A reservation and its hub. */
    record Stored(UUID hubId, HubReservation reservation) {
    }
}
