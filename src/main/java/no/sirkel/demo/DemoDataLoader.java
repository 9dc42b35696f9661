package no.sirkel.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import no.sirkel.security.TemporaryAdminToken;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.ObjectMapper;

/**
 * Fills an empty marketplace with a realistic Trondheim-region data set ({@value #RESOURCE}) when {@code sirkel.demo}
 * ({@code SIRKEL_DEMO}) is true: companies, their sites, landfills, quarries and storage hubs, surplus masses, fill
 * demands, and the Thams cluster's by-product streams at Thamshavn with their users; then a year of deals,
 * deliveries and masses to landfill ({@link DemoHistory}).
 *
 * <p>Everything goes in through the service's own HTTP API, so the demo data passes exactly the validation and
 * conversions (volumes to tonnes) that clients' data does. It runs only while no company is registered, which makes
 * restarts harmless; it runs after the admin token bootstrap and before the service reports itself ready.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    static final String RESOURCE = "demo/trondheim.json";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final boolean enabled;
    private final DatabaseClient db;
    private final ApplicationContext context;
    private final ObjectMapper json;
    private final TemporaryAdminToken adminToken;

    DemoDataLoader(@Value("${sirkel.demo:true}") boolean enabled, DatabaseClient db, ApplicationContext context,
                   ObjectMapper json, TemporaryAdminToken adminToken) {
        this.enabled = enabled;
        this.db = db;
        this.context = context;
        this.json = json;
        this.adminToken = adminToken;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        if (Boolean.TRUE.equals(anyCompany().block(TIMEOUT))) {
            log.info("Companies are registered already, so no demo data is loaded");
            return;
        }
        if (!(context instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            log.warn("No web server is running, so no demo data is loaded");
            return;
        }
        DemoData data = read();
        String baseUrl = "http://localhost:" + web.getWebServer().getPort();
        try {
            Counts counts = adminToken.use("demo data loader", token -> load(data, new Api(baseUrl, token))
                            .flatMap(loaded -> new DemoHistory(baseUrl, token, adminToken).load()
                                    .map(deliveries -> loaded.withDeliveries(deliveries))))
                    .block(TIMEOUT);
            log.info("Loaded demo data: {}", counts);
        } catch (RuntimeException e) {
            log.error("The demo data could not be loaded completely", e);
        }
    }

    DemoData read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    private Mono<Boolean> anyCompany() {
        return db.sql("select exists (select 1 from company) as found").map(row -> row.get("found", Boolean.class))
                .one();
    }

    private Mono<Counts> load(DemoData data, Api api) {
        Map<String, UUID> companies = new HashMap<>();
        Map<String, UUID> sites = new HashMap<>();
        return Flux.fromIterable(data.companies())
                .concatMap(company -> api.create("companies", without(company, "key"))
                        .doOnNext(id -> companies.put(key(company), id)))
                .thenMany(Flux.fromIterable(data.sites()).concatMap(site -> {
                    Map<String, Object> body = located(without(site, "key", "company"), data);
                    body.put("companyId", reference(companies, site, "company"));
                    return api.create("sites", body).doOnNext(id -> sites.put(key(site), id));
                }))
                .thenMany(Flux.fromIterable(data.facilities())
                        .concatMap(facility -> api.create("facilities", located(facility, data))))
                .thenMany(Flux.fromIterable(data.supplies())
                        .concatMap(supply -> api.create("supplies", atSite(supply, sites))))
                .thenMany(Flux.fromIterable(data.demands())
                        .concatMap(demand -> api.create("demands", atSite(demand, sites))))
                .then(Mono.fromSupplier(() -> new Counts(companies.size(), sites.size(), data.facilities().size(),
                        data.supplies().size(), data.demands().size(), 0)));
    }

    /** The entry with {@code place} and {@code offset} replaced by a GeoJSON {@code location} (and municipality). */
    private static Map<String, Object> located(Map<String, Object> entry, DemoData data) {
        Map<String, Object> body = without(entry, "place", "offset");
        DemoData.Place place = data.places().get((String) entry.get("place"));
        if (place == null) {
            throw new IllegalStateException(RESOURCE + ": unknown place " + entry.get("place"));
        }
        List<?> offset = entry.get("offset") instanceof List<?> given ? given : List.of(0, 0);
        double lon = place.lon() + ((Number) offset.get(0)).doubleValue();
        double lat = place.lat() + ((Number) offset.get(1)).doubleValue();
        body.put("location", Map.of("type", "Point", "coordinates", List.of(round(lon), round(lat))));
        body.putIfAbsent("municipality", place.municipality());
        return body;
    }

    private static Map<String, Object> atSite(Map<String, Object> listing, Map<String, UUID> sites) {
        Map<String, Object> body = without(listing, "site");
        body.put("siteId", reference(sites, listing, "site"));
        return body;
    }

    private static UUID reference(Map<String, UUID> ids, Map<String, Object> entry, String field) {
        UUID id = ids.get((String) entry.get(field));
        if (id == null) {
            throw new IllegalStateException(RESOURCE + ": " + field + " " + entry.get(field) + " is not defined");
        }
        return id;
    }

    private static Map<String, Object> without(Map<String, Object> entry, String... fields) {
        Map<String, Object> body = new LinkedHashMap<>(entry);
        for (String field : fields) {
            body.remove(field);
        }
        return body;
    }

    private static String key(Map<String, Object> entry) {
        return (String) entry.get("key");
    }

    /** Rounds to 1e-6 degrees (about 0.1 m), so that offsets do not show floating-point noise. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    /** What the loader registered; deliveries are the demo history's (see {@link DemoHistory}). */
    record Counts(int companies, int sites, int facilities, int supplies, int demands, int deliveries) {

        Counts withDeliveries(int recorded) {
            return new Counts(companies, sites, facilities, supplies, demands, recorded);
        }
    }

    /** The service's own API, called over the loopback interface with the loader's admin token. */
    private static final class Api {

        private final WebClient client;

        Api(String baseUrl, String token) {
            this.client = WebClient.builder().baseUrl(baseUrl)
                    .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
        }

        /** POSTs the body to {@code /api/v1/<collection>} and answers the new entity's id. */
        Mono<UUID> create(String collection, Map<String, Object> body) {
            return client.post().uri("/api/v1/" + collection).bodyValue(body)
                    .retrieve()
                    .onStatus(HttpStatusCode::isError, response -> response.bodyToMono(String.class)
                            .defaultIfEmpty("")
                            .map(problem -> new IllegalStateException(RESOURCE + ": the API refused "
                                    + collection + " entry " + body + " with " + response.statusCode() + " "
                                    + problem)))
                    .bodyToMono(Map.class)
                    .map(created -> UUID.fromString((String) created.get("id")));
        }
    }
}
