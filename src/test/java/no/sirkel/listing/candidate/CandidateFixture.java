package no.sirkel.listing.candidate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.r2dbc.core.DatabaseClient;
import no.sirkel.TestApi;
import no.sirkel.optimizer.rules.GreatCircle;

/**
 * Registers companies and facilities through the API and puts sites and listings (in any status) straight into the
 * database for candidate tests, placed by km north and east of a random centre of its own (somewhere between 55°S and
 * 55°N), so that the listings and facilities of other tests in the shared database are thousands of km away.
 */
final class CandidateFixture {

    private static final double KM_PER_DEGREE = Math.toRadians(1) * GreatCircle.EARTH_RADIUS_KM;

    private final DatabaseClient db;
    private final TestApi api;
    private final double centreLat;
    private final double centreLon;

    CandidateFixture(DatabaseClient db, TestApi api) {
        this.db = db;
        this.api = api;
        this.centreLat = ThreadLocalRandom.current().nextDouble(-55, 55);
        this.centreLon = ThreadLocalRandom.current().nextDouble(-170, 170);
    }

    double lat(double northKm) {
        return centreLat + northKm / KM_PER_DEGREE;
    }

    double lon(double eastKm) {
        return centreLon + eastKm / (KM_PER_DEGREE * Math.cos(Math.toRadians(centreLat)));
    }

    UUID company() {
        return api.createCompany("Candidate test company");
    }

    /** A site of the company {@code northKm} north and {@code eastKm} east of the centre. */
    Site site(UUID company, double northKm, double eastKm) {
        double lat = lat(northKm);
        double lon = lon(eastKm);
        UUID id = db.sql("""
                        insert into site (company_id, name, lat, lon, municipality)
                        values (:company, 'Candidate test site', :lat, :lon, 'Testvik') returning id""")
                .bind("company", company).bind("lat", lat).bind("lon", lon)
                .map(row -> row.get("id", UUID.class)).one().block();
        return new Site(id, company, lat, lon);
    }

    /** Marks the site deleted, as the sites API does, leaving its listings as they are. */
    void deleteSite(Site site) {
        db.sql("update site set deleted_at = now() where id = :id").bind("id", site.id()).then().block();
    }

    UUID supply(Site site, String material, Integer contaminationClass, LocalDate from, LocalDate to, String status) {
        var spec = db.sql("""
                        insert into supply (site_id, company_id, material, contamination_class, quantity_amount,
                                            quantity_unit, tonnes, kind, available_from, available_to, status,
                                            lon, lat)
                        select :site, :company, :material, :class, 1000, 't', 1000, 'ONE_OFF', :from, :to, :status,
                               lon, lat from site where id = :site
                        returning id""")
                .bind("site", site.id()).bind("company", site.companyId()).bind("material", material)
                .bind("status", status);
        spec = contaminationClass == null ? spec.bindNull("class", Integer.class)
                : spec.bind("class", contaminationClass);
        spec = from == null ? spec.bindNull("from", LocalDate.class) : spec.bind("from", from);
        spec = to == null ? spec.bindNull("to", LocalDate.class) : spec.bind("to", to);
        return spec.map(row -> row.get("id", UUID.class)).one().block();
    }

    UUID demand(Site site, List<String> accepts, Integer maxContaminationClass, LocalDate from, LocalDate to,
                Double maxHaulKm, String status) {
        var spec = db.sql("""
                        insert into demand (site_id, company_id, accepts, max_contamination_class, quantity_amount,
                                            quantity_unit, tonnes, kind, needed_from, needed_to, max_haul_km, status,
                                            lon, lat)
                        select :site, :company, :accepts, :class, 500, 't', 500, 'ONE_OFF', :from, :to, :maxHaul,
                               :status, lon, lat from site where id = :site
                        returning id""")
                .bind("site", site.id()).bind("company", site.companyId())
                .bind("accepts", accepts.toArray(String[]::new)).bind("status", status);
        spec = maxContaminationClass == null ? spec.bindNull("class", Integer.class)
                : spec.bind("class", maxContaminationClass);
        spec = from == null ? spec.bindNull("from", LocalDate.class) : spec.bind("from", from);
        spec = to == null ? spec.bindNull("to", LocalDate.class) : spec.bind("to", to);
        spec = maxHaulKm == null ? spec.bindNull("maxHaul", Double.class) : spec.bind("maxHaul", maxHaulKm);
        return spec.map(row -> row.get("id", UUID.class)).one().block();
    }

    /** A disposal site, registered through the API, taking {@code accepts} (null: every material) up to the class. */
    UUID disposalSite(double northKm, double eastKm, List<String> accepts, Integer maxContaminationClass,
                      double gateFeePerTonne) {
        Map<String, Object> request = facility("DISPOSAL", "Candidate test landfill", northKm, eastKm);
        if (accepts != null) {
            request.put("accepts", accepts);
        }
        if (maxContaminationClass != null) {
            request.put("maxContaminationClass", maxContaminationClass);
        }
        request.put("gateFeePerTonne", gateFeePerTonne);
        return register(request);
    }

    /** A virgin source, registered through the API, selling the materials at the price. */
    UUID virginSource(double northKm, double eastKm, List<String> materials, double pricePerTonne) {
        Map<String, Object> request = facility("VIRGIN_SOURCE", "Candidate test quarry", northKm, eastKm);
        request.put("materials", materials);
        request.put("pricePerTonne", pricePerTonne);
        return register(request);
    }

    private Map<String, Object> facility(String type, String name, double northKm, double eastKm) {
        Map<String, Object> request = new HashMap<>();
        request.put("type", type);
        request.put("name", name);
        request.put("location", Map.of("type", "Point", "coordinates", List.of(lon(eastKm), lat(northKm))));
        return request;
    }

    private UUID register(Map<String, Object> facility) {
        Map<?, ?> body = api.asAdmin().post().uri("/api/v1/facilities").bodyValue(facility)
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return UUID.fromString((String) body.get("id"));
    }

    record Site(UUID id, UUID companyId, double lat, double lon) {
    }
}
