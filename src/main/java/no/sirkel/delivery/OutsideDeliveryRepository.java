package no.sirkel.delivery;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Stores masses moved outside Sirkel. Records are kept as written: a correction is a new record. */
@Repository
class OutsideDeliveryRepository {

    private static final String COLUMNS = """
            id, company_id, site_id, delivered_on, material, contamination_class::int as class, tonnes, destination,
            receiver, km, truck_trips, ticket, recorded_by, recorded_at""";

    private final DatabaseClient db;

    OutsideDeliveryRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<OutsideDelivery> insert(OutsideDeliveryRequest.Valid delivery, UUID companyId, UUID recordedBy) {
        var spec = db.sql("""
                        insert into outside_delivery (company_id, site_id, delivered_on, material, contamination_class,
                                                      tonnes, destination, receiver, km, truck_trips, ticket,
                                                      recorded_by)
                        values (:company, :site, :date, :material, :class, :tonnes, :destination, :receiver, :km,
                                :trips, :ticket, :by)
                        returning\s""" + COLUMNS)
                .bind("company", companyId).bind("site", delivery.siteId()).bind("date", delivery.date())
                .bind("material", delivery.material()).bind("tonnes", delivery.tonnes())
                .bind("destination", delivery.destination().name()).bind("trips", delivery.truckTrips())
                .bind("by", recordedBy);
        spec = delivery.contaminationClass() == null ? spec.bindNull("class", Short.class)
                : spec.bind("class", delivery.contaminationClass().shortValue());
        spec = delivery.receiver() == null ? spec.bindNull("receiver", String.class)
                : spec.bind("receiver", delivery.receiver());
        spec = delivery.km() == null ? spec.bindNull("km", Double.class) : spec.bind("km", delivery.km());
        spec = delivery.ticket() == null ? spec.bindNull("ticket", String.class)
                : spec.bind("ticket", delivery.ticket());
        return spec.map(OutsideDeliveryRepository::delivery).one();
    }

    /** Records of the company (null: every company), of the site (null: every site), oldest first. */
    Flux<OutsideDelivery> find(UUID companyId, UUID siteId) {
        var spec = db.sql("select " + COLUMNS + """
                 from outside_delivery
                where (:company::uuid is null or company_id = :company::uuid)
                  and (:site::uuid is null or site_id = :site::uuid)
                order by delivered_on, id""");
        spec = companyId == null ? spec.bindNull("company", UUID.class) : spec.bind("company", companyId);
        spec = siteId == null ? spec.bindNull("site", UUID.class) : spec.bind("site", siteId);
        return spec.map(OutsideDeliveryRepository::delivery).all();
    }

    private static OutsideDelivery delivery(Readable row) {
        return new OutsideDelivery(row.get("id", UUID.class), row.get("company_id", UUID.class),
                row.get("site_id", UUID.class), row.get("delivered_on", LocalDate.class),
                row.get("material", String.class), row.get("class", Integer.class), row.get("tonnes", Double.class),
                Destination.valueOf(row.get("destination", String.class)), row.get("receiver", String.class),
                row.get("km", Double.class), row.get("truck_trips", Integer.class), row.get("ticket", String.class),
                row.get("recorded_by", UUID.class), row.get("recorded_at", OffsetDateTime.class).toInstant());
    }
}
