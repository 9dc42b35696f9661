package no.sirkel.material;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The materials catalogue, read from the database and kept in memory: listings consult it on every write, and it
 * changes only when an admin changes it (then {@link #refresh()}).
 */
@Service
public class MaterialCatalogue {

    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final DatabaseClient db;
    private volatile Mono<Map<String, Material>> cached;

    MaterialCatalogue(DatabaseClient db) {
        this.db = db;
        refresh();
    }

    /** The material with the code, or empty where the catalogue has none. */
    public Mono<Material> find(String code) {
        return byCode().mapNotNull(materials -> materials.get(code));
    }

    /** Every material, in catalogue order (category, then code). */
    public Mono<List<Material>> all() {
        return byCode().map(materials -> List.copyOf(materials.values()));
    }

    public Mono<Map<String, Material>> byCode() {
        return cached;
    }

    /** Forgets the cached catalogue, so the next read sees the database as it is now. */
    public void refresh() {
        cached = load().cache(MAX_AGE);
    }

    private Mono<Map<String, Material>> load() {
        return db.sql("""
                        select code, name_en, name_no, category, ewc_code, loose_density_tonnes_per_m3, swell_factor,
                               contamination_class_applies
                        from material order by category, code""")
                .map(row -> new Material(
                        row.get("code", String.class),
                        row.get("name_en", String.class),
                        row.get("name_no", String.class),
                        row.get("category", String.class),
                        row.get("ewc_code", String.class),
                        row.get("loose_density_tonnes_per_m3", BigDecimal.class).doubleValue(),
                        decimal(row.get("swell_factor", BigDecimal.class)),
                        Boolean.TRUE.equals(row.get("contamination_class_applies", Boolean.class))))
                .all()
                .collectMap(Material::code, material -> material, LinkedHashMap::new)
                .map(Map::copyOf);
    }

    private static Double decimal(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
