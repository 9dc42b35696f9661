package no.sirkel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Shortcuts integration tests use to set the scene through the real API: companies with valid organisation numbers,
 * and tokens for each role.
 */
public final class TestApi {

    public static final String ADMIN_TOKEN = "test-admin-token";
    private static final AtomicInteger NEXT_ORG_NUMBER = new AtomicInteger(new java.util.Random().nextInt(9_000_000));

    private final WebTestClient client;

    public TestApi(WebTestClient client) {
        this.client = client;
    }

    /** A client that sends the token as a bearer token. */
    public WebTestClient as(String token) {
        return client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }

    public WebTestClient asAdmin() {
        return as(ADMIN_TOKEN);
    }

    /** Registers a company with a fresh valid organisation number and returns its id. */
    public UUID createCompany(String name) {
        Map<?, ?> body = asAdmin().post().uri("/api/v1/companies")
                .bodyValue(Map.of("name", name, "orgNumber", nextOrgNumber(), "contactEmail", "post@example.no"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return UUID.fromString((String) body.get("id"));
    }

    public String memberToken(UUID companyId) {
        return token(Map.of("role", "MEMBER", "companyId", companyId.toString(), "label", "test member"));
    }

    public String plannerToken() {
        return token(Map.of("role", "PLANNER", "label", "test planner"));
    }

    private String token(Map<String, String> request) {
        Map<?, ?> body = asAdmin().post().uri("/api/v1/tokens").bodyValue(request)
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) body.get("token");
    }

    /** A nine-digit organisation number whose mod-11 check digit is valid, different on every call. */
    public static String nextOrgNumber() {
        while (true) {
            String first8 = String.format("%08d", 10_000_000 + NEXT_ORG_NUMBER.getAndIncrement() % 90_000_000);
            int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (first8.charAt(i) - '0') * weights[i];
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return first8 + check;
            }
        }
    }

    // ---- Sites and listings (mkt-listings) ----

    /** Registers a site of the company at the WGS84 position, as an admin, and returns its id. */
    public UUID createSite(UUID companyId, String name, double lon, double lat) {
        return createSiteIn(companyId, name, "Trondheim", lon, lat);
    }

    /** Registers a site of the company in the municipality at the WGS84 position, as an admin; returns its id. */
    public UUID createSiteIn(UUID companyId, String name, String municipality, double lon, double lat) {
        return id(asAdmin().post().uri("/api/v1/sites")
                .bodyValue(Map.of("companyId", companyId.toString(), "name", name, "municipality", municipality,
                        "location", Map.of("type", "Point", "coordinates", List.of(lon, lat)))));
    }

    /**
     * Lists an ACTIVE one-off supply of tonnes at the site, as an admin, and returns its id.
     *
     * @param contaminationClass 1..5 for materials with condition classes (excavated masses, concrete), else null
     */
    public UUID createSupply(UUID siteId, String material, Integer contaminationClass, double tonnes) {
        Map<String, Object> body = new HashMap<>(Map.of("siteId", siteId.toString(), "material", material,
                "quantity", Map.of("amount", tonnes, "unit", "t"), "kind", "ONE_OFF"));
        if (contaminationClass != null) {
            body.put("contaminationClass", contaminationClass);
        }
        return id(asAdmin().post().uri("/api/v1/supplies").bodyValue(body));
    }

    /**
     * Lists an ACTIVE one-off demand for tonnes at the site, as an admin, and returns its id.
     *
     * @param maxContaminationClass the highest class accepted, or null (clean only where classes apply)
     */
    public UUID createDemand(UUID siteId, List<String> accepts, Integer maxContaminationClass, double tonnes) {
        Map<String, Object> body = new HashMap<>(Map.of("siteId", siteId.toString(), "accepts", accepts,
                "quantity", Map.of("amount", tonnes, "unit", "t"), "kind", "ONE_OFF"));
        if (maxContaminationClass != null) {
            body.put("maxContaminationClass", maxContaminationClass);
        }
        return id(asAdmin().post().uri("/api/v1/demands").bodyValue(body));
    }

    /** Sends the request, expects 201 and answers the id of what it created. */
    static UUID id(WebTestClient.RequestHeadersSpec<?> request) {
        Map<?, ?> body = request.exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return UUID.fromString((String) body.get("id"));
    }
}
