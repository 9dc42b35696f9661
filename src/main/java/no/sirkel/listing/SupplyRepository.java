package no.sirkel.listing;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import no.sirkel.listing.SupplyRequest.Fields;
import reactor.core.publisher.Mono;

/** Supplies, table {@code supply}. */
@Repository
class SupplyRepository extends ListingRepository<Supply, Fields> {

    SupplyRepository(DatabaseClient db) {
        super(db, "supply", """
                l.id, l.site_id, l.company_id, l.material, l.contamination_class, l.quantity_amount, l.quantity_unit,
                l.density_tonnes_per_m3, l.tonnes, l.kind, l.available_from, l.available_to, l.description, l.status,
                l.version, l.created_at, l.updated_at""", "available_from", "available_to");
    }

    @Override
    Supply map(Readable row) {
        return new Supply(row.get("id", UUID.class), row.get("site_id", UUID.class), row.get("company_id", UUID.class),
                row.get("material", String.class), smallint(row, "contamination_class"), quantity(row),
                density(row), row.get("tonnes", Double.class), ListingKind.valueOf(row.get("kind", String.class)),
                row.get("available_from", LocalDate.class), row.get("available_to", LocalDate.class),
                row.get("description", String.class), ListingStatus.valueOf(row.get("status", String.class)),
                row.get("version", Integer.class), location(row), instant(row, "created_at"),
                instant(row, "updated_at"));
    }

    @Override
    String materialCondition(boolean withinOneSite) {
        return "l.material = :material";
    }

    @Override
    String anyMaterialCondition(String parameter) {
        return "l.material = any(:" + parameter + ")";
    }

    @Override
    String insertFrom(String rows) {
        return """
                insert into supply (id, site_id, company_id, material, contamination_class, quantity_amount,
                    quantity_unit, density_tonnes_per_m3, tonnes, kind, available_from, available_to, description,
                    status, lon, lat)
                select v."id", s.id, s.company_id, v."material", v."contaminationClass", v."amount", v."unit",
                    v."density", v."tonnes", v."kind", v."from", v."to", v."description", v."status", s.lon, s.lat
                from""" + rows;
    }

    @Override
    Mono<Supply> update(UUID id, int expectedVersion, Fields fields) {
        return db.sql(returning("""
                        update supply set site_id = s.id, lon = s.lon, lat = s.lat, material = :material,
                            contamination_class = :contaminationClass, quantity_amount = :amount, quantity_unit = :unit,
                            density_tonnes_per_m3 = :density, tonnes = :tonnes, kind = :kind, available_from = :from,
                            available_to = :to, description = :description, status = :status,
                            version = version + 1, updated_at = now()
                        from""" + SITE_MOVED_TO + " where supply.id = :id and supply.version = :expected"))
                .bindValues(binds(fields))
                .bind("id", id).bind("expected", expectedVersion)
                .map(this::map).one();
    }

    @Override
    Map<String, Object> binds(Fields fields) {
        Map<String, Object> binds = termsBinds(fields.terms());
        binds.put("site", fields.siteId());
        binds.put("material", fields.material());
        binds.put("contaminationClass", Parameter.fromOrEmpty(fields.contaminationClass(), Integer.class));
        return binds;
    }
}
