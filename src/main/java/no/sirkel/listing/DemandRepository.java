package no.sirkel.listing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import no.sirkel.listing.DemandRequest.Fields;
import reactor.core.publisher.Mono;

/** Demands, table {@code demand}. */
@Repository
class DemandRepository extends ListingRepository<Demand, Fields> {

    DemandRepository(DatabaseClient db) {
        super(db, "demand", """
                l.id, l.site_id, l.company_id, l.accepts, l.max_contamination_class, l.quantity_amount,
                l.quantity_unit, l.density_tonnes_per_m3, l.tonnes, l.kind, l.needed_from, l.needed_to,
                l.max_haul_km, l.description, l.status, l.version, l.created_at, l.updated_at""",
                "needed_from", "needed_to");
    }

    @Override
    Demand map(Readable row) {
        return new Demand(row.get("id", UUID.class), row.get("site_id", UUID.class), row.get("company_id", UUID.class),
                List.of(row.get("accepts", String[].class)), smallint(row, "max_contamination_class"), quantity(row),
                density(row), row.get("tonnes", Double.class), ListingKind.valueOf(row.get("kind", String.class)),
                row.get("needed_from", LocalDate.class), row.get("needed_to", LocalDate.class),
                row.get("max_haul_km", Double.class), row.get("description", String.class),
                ListingStatus.valueOf(row.get("status", String.class)), row.get("version", Integer.class),
                location(row), instant(row, "created_at"), instant(row, "updated_at"));
    }

    /** Uses the GIN index on {@code accepts}, except within one site, where {@code = any} keeps it out. */
    @Override
    String materialCondition(boolean withinOneSite) {
        return withinOneSite ? ":material = any(l.accepts)" : "l.accepts @> array[:material]::text[]";
    }

    @Override
    String anyMaterialCondition(String parameter) {
        return "l.accepts && cast(:" + parameter + " as text[])";
    }

    @Override
    String insertFrom(String rows) {
        return """
                insert into demand (id, site_id, company_id, accepts, max_contamination_class, quantity_amount,
                    quantity_unit, density_tonnes_per_m3, tonnes, kind, needed_from, needed_to, max_haul_km,
                    description, status, lon, lat)
                select v."id", s.id, s.company_id, v."accepts", v."maxClass", v."amount", v."unit", v."density",
                    v."tonnes", v."kind", v."from", v."to", v."maxHaulKm", v."description", v."status", s.lon, s.lat
                from""" + rows;
    }

    @Override
    Mono<Demand> update(UUID id, int expectedVersion, Fields fields) {
        return db.sql(returning("""
                        update demand set site_id = s.id, lon = s.lon, lat = s.lat, accepts = :accepts,
                            max_contamination_class = :maxClass, quantity_amount = :amount, quantity_unit = :unit,
                            density_tonnes_per_m3 = :density, tonnes = :tonnes, kind = :kind, needed_from = :from,
                            needed_to = :to, max_haul_km = :maxHaulKm, description = :description, status = :status,
                            version = version + 1, updated_at = now()
                        from""" + SITE_MOVED_TO + " where demand.id = :id and demand.version = :expected"))
                .bindValues(binds(fields))
                .bind("id", id).bind("expected", expectedVersion)
                .map(this::map).one();
    }

    @Override
    Map<String, Object> binds(Fields fields) {
        Map<String, Object> binds = termsBinds(fields.terms());
        binds.put("site", fields.siteId());
        binds.put("accepts", fields.accepts().toArray(String[]::new));
        binds.put("maxClass", Parameter.fromOrEmpty(fields.maxContaminationClass(), Integer.class));
        binds.put("maxHaulKm", Parameter.fromOrEmpty(fields.maxHaulKm(), Double.class));
        return binds;
    }
}
