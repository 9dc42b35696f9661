package no.sirkel.facility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import no.sirkel.geo.BoundingBox;
import no.sirkel.geo.GeoPoint;
import no.sirkel.web.IfMatch;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class FacilityRepository {

    private static final String COLUMNS = """
            id, type, name, lon, lat, municipality, accepts, materials, max_contamination_class, gate_fee_per_tonne,
            price_per_tonne, handling_fee_per_tonne, capacity_tonnes, processes, stock, operating_company, active, version""";
    private static final TypeReference<List<Facility.Process>> PROCESSES = new TypeReference<>() {
    };
    private static final TypeReference<List<Facility.Stock>> STOCK = new TypeReference<>() {
    };

    private final DatabaseClient db;
    private final JsonMapper json;

    FacilityRepository(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Mono<Facility> insert(ValidFacility facility) {
        return bindFields(db.sql("""
                        insert into facility (type, name, lon, lat, municipality, accepts, materials,
                                              max_contamination_class, gate_fee_per_tonne, price_per_tonne,
                                              handling_fee_per_tonne, capacity_tonnes, processes, stock,
                                              operating_company)
                        values (:type, :name, :lon, :lat, :municipality, :accepts, :materials, :maxClass, :gateFee,
                                :price, :handlingFee, :capacity, :processes, :stock, :operatingCompany)
                        returning %s""".formatted(COLUMNS)), facility)
                .map(this::facility).one();
    }

    Mono<Facility> findById(UUID id) {
        return db.sql("select " + COLUMNS + " from facility where id = :id").bind("id", id)
                .map(this::facility).one();
    }

    /**
     * Replaces the facility's fields and bumps its version.
     *
     * @param ifMatch the versions the client last saw, or any to replace whatever is there
     * @return the facility as now stored; empty where it does not exist or its version differs
     */
    Mono<Facility> update(UUID id, ValidFacility facility, IfMatch ifMatch) {
        var spec = bindFields(db.sql("""
                        update facility set type = :type, name = :name, lon = :lon, lat = :lat,
                               municipality = :municipality, accepts = :accepts, materials = :materials,
                               max_contamination_class = :maxClass, gate_fee_per_tonne = :gateFee,
                               price_per_tonne = :price, handling_fee_per_tonne = :handlingFee,
                               capacity_tonnes = :capacity, processes = :processes, stock = :stock,
                               operating_company = :operatingCompany, version = version + 1
                        where id = :id and (cast(:versions as integer[]) is null or version = any(cast(:versions as integer[])))
                        returning %s""".formatted(COLUMNS)), facility).bind("id", id);
        return bindNullable(spec, "versions", ifMatch.numericVersions(), Integer[].class)
                .map(this::facility).one();
    }

    /** Marks the facility inactive; empty where it does not exist or its version differs from the one expected. */
    Mono<Facility> deactivate(UUID id, IfMatch ifMatch) {
        var spec = db.sql("""
                        update facility set active = false, version = version + case when active then 1 else 0 end
                        where id = :id and (cast(:versions as integer[]) is null or version = any(cast(:versions as integer[])))
                        returning %s""".formatted(COLUMNS))
                .bind("id", id);
        return bindNullable(spec, "versions", ifMatch.numericVersions(), Integer[].class)
                .map(this::facility).one();
    }

    /**
     * Active facilities matching every filter given, in id order, after the given id.
     *
     * @param type     the type, or null for all
     * @param material a material code the facility takes (disposal sites and hubs) or sells (virgin sources), or null
     * @param box      the area the facility lies in, or null; served by the GiST index on {@code location}
     * @param after    the last id of the previous page, or null for the first page
     */
    Flux<Facility> find(FacilityType type, String material, BoundingBox box, UUID after, int limit) {
        List<String> conditions = new ArrayList<>(List.of("active"));
        if (type != null) {
            conditions.add("type = :type");
        }
        if (material != null) {
            conditions.add("""
                    (case when type = 'VIRGIN_SOURCE' then :material = any(materials)
                          else accepts is null or :material = any(accepts) end)""");
        }
        if (box != null) {
            conditions.add("location <@ box(point(:minLon, :minLat), point(:maxLon, :maxLat))");
        }
        if (after != null) {
            conditions.add("id > :after");
        }
        var spec = db.sql("select " + COLUMNS + " from facility where " + String.join(" and ", conditions)
                + " order by id limit :limit").bind("limit", limit);
        if (type != null) {
            spec = spec.bind("type", type.name());
        }
        if (material != null) {
            spec = spec.bind("material", material);
        }
        if (box != null) {
            spec = spec.bind("minLon", box.minLon()).bind("minLat", box.minLat())
                    .bind("maxLon", box.maxLon()).bind("maxLat", box.maxLat());
        }
        if (after != null) {
            spec = spec.bind("after", after);
        }
        return spec.map(this::facility).all();
    }

    private DatabaseClient.GenericExecuteSpec bindFields(DatabaseClient.GenericExecuteSpec spec,
                                                                ValidFacility facility) {
        spec = spec.bind("type", facility.type().name())
                .bind("name", facility.name())
                .bind("lon", facility.location().lon())
                .bind("lat", facility.location().lat());
        spec = bindNullable(spec, "municipality", facility.municipality(), String.class);
        spec = bindNullable(spec, "accepts", array(facility.accepts()), String[].class);
        spec = bindNullable(spec, "materials", array(facility.materials()), String[].class);
        spec = bindNullable(spec, "maxClass", facility.maxContaminationClass(), Integer.class);
        spec = bindNullable(spec, "gateFee", facility.gateFeePerTonne(), BigDecimal.class);
        spec = bindNullable(spec, "price", facility.pricePerTonne(), BigDecimal.class);
        spec = bindNullable(spec, "handlingFee", facility.handlingFeePerTonne(), BigDecimal.class);
        spec = bindNullable(spec, "capacity", facility.capacityTonnes(), Double.class)
                .bind("processes", Json.of(json.writeValueAsString(facility.processes())))
                .bind("stock", Json.of(json.writeValueAsString(facility.stock())));
        return bindNullable(spec, "operatingCompany", facility.operatingCompany(), UUID.class);
    }

    private static <T> DatabaseClient.GenericExecuteSpec bindNullable(DatabaseClient.GenericExecuteSpec spec,
                                                                      String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    private static String[] array(List<String> codes) {
        return codes == null ? null : codes.toArray(String[]::new);
    }

    private Facility facility(Readable row) {
        Short maxClass = row.get("max_contamination_class", Short.class);
        return new Facility(
                row.get("id", UUID.class),
                FacilityType.valueOf(row.get("type", String.class)),
                row.get("name", String.class),
                new GeoPoint(row.get("lon", Double.class), row.get("lat", Double.class)).toGeoJson(),
                row.get("municipality", String.class),
                list(row.get("accepts", String[].class)),
                list(row.get("materials", String[].class)),
                maxClass == null ? null : maxClass.intValue(),
                row.get("gate_fee_per_tonne", BigDecimal.class),
                row.get("price_per_tonne", BigDecimal.class),
                row.get("handling_fee_per_tonne", BigDecimal.class),
                row.get("capacity_tonnes", Double.class),
                json.readValue(row.get("processes", Json.class).asString(), PROCESSES),
                json.readValue(row.get("stock", Json.class).asString(), STOCK),
                row.get("operating_company", UUID.class),
                Boolean.TRUE.equals(row.get("active", Boolean.class)),
                row.get("version", Integer.class));
    }

    private static List<String> list(String[] codes) {
        return codes == null ? null : Arrays.asList(codes);
    }
}
