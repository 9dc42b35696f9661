package no.sirkel.material;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Writes to the catalogue; reads go through {@link MaterialCatalogue}. */
@Repository
class MaterialRepository {

    private final DatabaseClient db;

    MaterialRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Inserts the material; false where its code is taken already. */
    Mono<Boolean> insert(Material material) {
        var spec = db.sql("""
                        insert into material (code, name_en, name_no, category, ewc_code, loose_density_tonnes_per_m3,
                                              swell_factor, contamination_class_applies)
                        values (:code, :nameEn, :nameNo, :category, :ewcCode, :density, :swell, :classApplies)
                        on conflict (code) do nothing""")
                .bind("code", material.code())
                .bind("nameEn", material.nameEn())
                .bind("nameNo", material.nameNo())
                .bind("category", material.category())
                .bind("density", material.looseDensityTonnesPerM3())
                .bind("classApplies", material.contaminationClassApplies());
        spec = material.ewcCode() == null ? spec.bindNull("ewcCode", String.class)
                : spec.bind("ewcCode", material.ewcCode());
        spec = material.swellFactor() == null ? spec.bindNull("swell", Double.class)
                : spec.bind("swell", material.swellFactor());
        return spec.fetch().rowsUpdated().map(rows -> rows == 1);
    }
}
