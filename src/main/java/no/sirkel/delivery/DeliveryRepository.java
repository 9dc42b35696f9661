package no.sirkel.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import io.r2dbc.spi.Readable;
import no.sirkel.security.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Stores deliveries under deals and their history. */
@Repository
class DeliveryRepository {

    private static final String COLUMNS = """
            id, proposal_id, delivered_on, tonnes, quantity_amount, quantity_unit, truck_trips, ticket, state,
            dispute_note, created_at, updated_at""";

    private final DatabaseClient db;

    DeliveryRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Delivery> insert(UUID proposalId, DeliveryRequest.ValidDelivery delivery) {
        var spec = db.sql("insert into delivery (proposal_id, delivered_on, tonnes, quantity_amount, quantity_unit,"
                        + " truck_trips, ticket) values (:proposal, :date, :tonnes, :amount, :unit, :trips, :ticket)"
                        + " returning " + COLUMNS)
                .bind("proposal", proposalId).bind("date", delivery.date()).bind("tonnes", delivery.tonnes())
                .bind("trips", delivery.truckTrips());
        Amount quantity = delivery.quantity();
        spec = quantity == null ? spec.bindNull("amount", BigDecimal.class).bindNull("unit", String.class)
                : spec.bind("amount", BigDecimal.valueOf(quantity.amount())).bind("unit", quantity.unit());
        spec = delivery.ticket() == null ? spec.bindNull("ticket", String.class)
                : spec.bind("ticket", delivery.ticket());
        return spec.map(DeliveryRepository::delivery).one();
    }

    Flux<Delivery> ofDeal(UUID proposalId) {
        return db.sql("select " + COLUMNS + " from delivery where proposal_id = :proposal order by delivered_on, id")
                .bind("proposal", proposalId).map(DeliveryRepository::delivery).all();
    }

    Flux<Delivery> all() {
        return db.sql("select " + COLUMNS + " from delivery order by delivered_on, id")
                .map(DeliveryRepository::delivery).all();
    }

    /** Locks the delivery of the deal until the transaction ends; empty where the deal has no such delivery. */
    Mono<Delivery> lock(UUID proposalId, UUID id) {
        return db.sql("select " + COLUMNS + " from delivery where id = :id and proposal_id = :proposal for update")
                .bind("id", id).bind("proposal", proposalId).map(DeliveryRepository::delivery).one();
    }

    /** Sets the state and the note (null: none), and answers the delivery as it now is. */
    Mono<Delivery> changeState(UUID id, DeliveryState state, String note) {
        var spec = db.sql("update delivery set state = :state, dispute_note = :note, version = version + 1,"
                        + " updated_at = now() where id = :id returning " + COLUMNS)
                .bind("id", id).bind("state", state.name());
        spec = note == null ? spec.bindNull("note", String.class) : spec.bind("note", note);
        return spec.map(DeliveryRepository::delivery).one();
    }

    Mono<Void> recordEvent(UUID deliveryId, String change, String note, Caller caller) {
        var spec = db.sql("insert into delivery_event (delivery_id, change, note, actor_token, actor_company)"
                        + " values (:delivery, :change, :note, :token, :company)")
                .bind("delivery", deliveryId).bind("change", change).bind("token", caller.tokenId());
        spec = note == null ? spec.bindNull("note", String.class) : spec.bind("note", note);
        spec = caller.companyId() == null ? spec.bindNull("company", UUID.class)
                : spec.bind("company", caller.companyId());
        return spec.then();
    }

    Flux<DeliveryEventView> events(UUID deliveryId) {
        return db.sql("select id, change, note, actor_token, actor_company, at from delivery_event"
                        + " where delivery_id = :delivery order by id")
                .bind("delivery", deliveryId)
                .map(row -> new DeliveryEventView(row.get("id", Long.class), row.get("change", String.class),
                        row.get("note", String.class), row.get("actor_token", UUID.class),
                        row.get("actor_company", UUID.class), row.get("at", OffsetDateTime.class).toInstant()))
                .all();
    }

    private static Delivery delivery(Readable row) {
        BigDecimal amount = row.get("quantity_amount", BigDecimal.class);
        return new Delivery(row.get("id", UUID.class), row.get("proposal_id", UUID.class),
                row.get("delivered_on", LocalDate.class), row.get("tonnes", Double.class),
                amount == null ? null : new Amount(amount.doubleValue(), row.get("quantity_unit", String.class)),
                row.get("truck_trips", Integer.class), row.get("ticket", String.class),
                DeliveryState.valueOf(row.get("state", String.class)), row.get("dispute_note", String.class),
                row.get("created_at", OffsetDateTime.class).toInstant(),
                row.get("updated_at", OffsetDateTime.class).toInstant());
    }
}
