package no.sirkel.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;
import no.sirkel.optimizer.rules.GreatCircle;

@IntegrationTest
@SuppressWarnings("unchecked")
class ListingSearchApiTest {

    /** Kilometres per degree of latitude on the mean earth sphere. */
    private static final double KM_PER_DEGREE = GreatCircle.EARTH_RADIUS_KM * Math.PI / 180;

    @Autowired
    WebTestClient client;

    private TestApi api;
    private UUID company;
    /** A place of its own for each test, far from the other tests' sites. */
    private double lon;
    private double lat;

    @BeforeEach
    void company() {
        api = new TestApi(client);
        company = api.createCompany("Søk AS");
        lon = ThreadLocalRandom.current().nextDouble(-170, 170);
        lat = ThreadLocalRandom.current().nextDouble(-60, 60);
    }

    private Map<String, Object> page(String token, String query) {
        return api.as(token).get().uri("/api/v1/" + query).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    /** The page of a text search {@code q} (given as typed: the URI encodes it) with the other filters. */
    private Map<String, Object> matching(String token, String kind, String q, String filters) {
        return api.as(token).get().uri("/api/v1/" + kind + "?q={q}" + filters, q).exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private static List<String> ids(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(item -> (String) item.get("id")).toList();
    }

    private UUID siteAtKm(double northKm, double eastKm) {
        return api.createSite(company, "Tomt", lon + eastKm / (KM_PER_DEGREE * Math.cos(Math.toRadians(lat))),
                lat + northKm / KM_PER_DEGREE);
    }

    @Test
    void pagesThrough250ListingsWithACursorSeeingEachExactlyOnce() {
        UUID site = siteAtKm(0, 0);
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 250; i++) {
            created.add(api.createSupply(site, "SAND", 1, 10 + i).toString());
        }
        List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            Map<String, Object> page = page(TestApi.ADMIN_TOKEN, "supplies?companyId=" + company + "&limit=100"
                    + (next == null ? "" : "&cursor=" + next));
            seen.addAll(ids(page));
            next = (String) page.get("next");
            pages++;
            api.createSupply(site, "SAND", 1, 1);
        } while (next != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(250).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(created);
    }

    @Test
    void filtersByBoundingBox() {
        UUID inside = api.createSupply(siteAtKm(1, 1), "CLAY", 1, 10);
        UUID outside = api.createSupply(siteAtKm(30, 0), "CLAY", 1, 10);
        UUID demandInside = api.createDemand(siteAtKm(-1, -1), List.of("CLAY"), 2, 10);
        String bbox = "&bbox=" + (lon - 0.1) + "," + (lat - 0.1) + "," + (lon + 0.1) + "," + (lat + 0.1);

        assertThat(ids(page(TestApi.ADMIN_TOKEN, "supplies?limit=1000" + bbox)))
                .contains(inside.toString()).doesNotContain(outside.toString());
        assertThat(ids(page(TestApi.ADMIN_TOKEN, "demands?limit=1000" + bbox))).contains(demandInside.toString());
    }

    @Test
    void pagesThroughAnAreaInTheOrderOfOneLongPage() {
        UUID site = siteAtKm(2, 2);
        for (int i = 0; i < 25; i++) {
            api.createSupply(site, "SILT", 1, 10 + i);
        }
        String bbox = "&bbox=" + (lon - 0.1) + "," + (lat - 0.1) + "," + (lon + 0.1) + "," + (lat + 0.1);
        List<String> onePage = ids(page(TestApi.ADMIN_TOKEN, "supplies?limit=1000" + bbox));

        List<String> paged = new ArrayList<>();
        String next = null;
        do {
            Map<String, Object> page = page(TestApi.ADMIN_TOKEN, "supplies?limit=10" + bbox
                    + (next == null ? "" : "&cursor=" + next));
            paged.addAll(ids(page));
            next = (String) page.get("next");
        } while (next != null);

        assertThat(onePage).hasSizeGreaterThanOrEqualTo(25);
        assertThat(paged).isEqualTo(onePage);
    }

    @Test
    void filtersByGreatCircleDistanceFromAPoint() {
        UUID fiveKm = api.createSupply(siteAtKm(5, 0), "GRAVEL", 1, 10);
        UUID nineKmWest = api.createSupply(siteAtKm(0, -9.9), "GRAVEL", 1, 10);
        UUID cornerOfTheBox = api.createSupply(siteAtKm(9, 9), "GRAVEL", 1, 10);
        UUID fifteenKm = api.createSupply(siteAtKm(-15, 0), "GRAVEL", 1, 10);

        List<String> found = ids(page(TestApi.ADMIN_TOKEN,
                "supplies?limit=1000&near=" + lat + "," + lon + "&radiusKm=10"));
        assertThat(found).contains(fiveKm.toString(), nineKmWest.toString())
                .doesNotContain(cornerOfTheBox.toString(), fifteenKm.toString());
    }

    @Test
    void answersGeoJsonWhenAskedFor() {
        UUID site = siteAtKm(0, 0);
        UUID supply = api.createSupply(site, "MORAINE", 3, 500);
        api.asAdmin().get().uri("/api/v1/supplies?companyId=" + company)
                .header(HttpHeaders.ACCEPT, "application/geo+json").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("application/geo+json"))
                .expectBody()
                .jsonPath("$.type").isEqualTo("FeatureCollection")
                .jsonPath("$.features.length()").isEqualTo(1)
                .jsonPath("$.features[0].type").isEqualTo("Feature")
                .jsonPath("$.features[0].id").isEqualTo(supply.toString())
                .jsonPath("$.features[0].geometry.type").isEqualTo("Point")
                .jsonPath("$.features[0].geometry.coordinates[0]").isEqualTo(lon)
                .jsonPath("$.features[0].geometry.coordinates[1]").isEqualTo(lat)
                .jsonPath("$.features[0].properties.material").isEqualTo("MORAINE")
                .jsonPath("$.features[0].properties.tonnes").isEqualTo(500.0)
                .jsonPath("$.next").doesNotExist();
        api.asAdmin().get().uri("/api/v1/demands?companyId=" + company).accept(MediaType.ALL).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$.items").isArray();
    }

    @Test
    void filtersSuppliesByMaterialAndDemandsByWhatTheyAccept() {
        UUID site = siteAtKm(0, 0);
        UUID clay = api.createSupply(site, "CLAY", 1, 10);
        api.createSupply(site, "SILT", 1, 10);
        UUID takesClay = api.createDemand(site, List.of("SAND", "CLAY"), 1, 10);
        api.createDemand(site, List.of("SAND"), 1, 10);

        assertThat(ids(page(TestApi.ADMIN_TOKEN, "supplies?companyId=" + company + "&material=CLAY")))
                .containsExactly(clay.toString());
        assertThat(ids(page(TestApi.ADMIN_TOKEN, "demands?companyId=" + company + "&material=CLAY")))
                .containsExactly(takesClay.toString());
    }

    @Test
    void filtersByOverlappingTimeWindows() {
        UUID site = siteAtKm(0, 0);
        String spring = createWindowed(site, "2026-03-01", "2026-05-31");
        String autumn = createWindowed(site, "2026-09-01", "2026-11-30");
        String openEnded = createWindowed(site, "2026-05-01", null);

        assertThat(ids(page(TestApi.ADMIN_TOKEN, "supplies?companyId=" + company + "&from=2026-05-15&to=2026-06-15")))
                .containsExactlyInAnyOrder(spring, openEnded);
        assertThat(ids(page(TestApi.ADMIN_TOKEN, "supplies?companyId=" + company + "&from=2026-10-01")))
                .containsExactlyInAnyOrder(autumn, openEnded);
        assertThat(ids(page(TestApi.ADMIN_TOKEN, "supplies?companyId=" + company + "&to=2026-04-01")))
                .containsExactlyInAnyOrder(spring);
    }

    private String createWindowed(UUID site, String from, String to) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("siteId", site.toString(), "material", "SAND",
                "contaminationClass", 1, "quantity", Map.of("amount", 5, "unit", "t"), "kind", "ONE_OFF",
                "availableFrom", from));
        if (to != null) {
            body.put("availableTo", to);
        }
        return (String) api.asAdmin().post().uri("/api/v1/supplies").bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
    }

    @Test
    void membersSeeTheirOwnDraftsButOnlyOtherCompaniesActiveListings() {
        UUID site = siteAtKm(0, 0);
        UUID active = api.createSupply(site, "SAND", 1, 10);
        String draft = (String) api.asAdmin().post().uri("/api/v1/supplies")
                .bodyValue(Map.of("siteId", site.toString(), "material", "SAND", "contaminationClass", 1,
                        "quantity", Map.of("amount", 5, "unit", "t"), "kind", "ONE_OFF", "status", "DRAFT"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
        String all = "supplies?companyId=" + company + "&status=DRAFT,ACTIVE";

        assertThat(ids(page(api.memberToken(company), all))).containsExactlyInAnyOrder(active.toString(), draft);
        assertThat(ids(page(api.plannerToken(), all))).containsExactlyInAnyOrder(active.toString(), draft);
        String around = String.format(Locale.ROOT, "supplies?status=DRAFT,ACTIVE&bbox=%f,%f,%f,%f",
                lon - 0.1, lat - 0.1, lon + 0.1, lat + 0.1);
        assertThat(ids(page(api.memberToken(api.createCompany("Annen AS")), around)))
                .containsExactly(active.toString());
        assertThat(ids(page(TestApi.ADMIN_TOKEN, "supplies?companyId=" + company)))
                .containsExactly(active.toString());
    }

    @Test
    void textSearchMatchesMaterialNamesInBothLanguagesDescriptionsAndMunicipalitiesIgnoringCaseAndAccents() {
        UUID trondheim = siteAtKm(0, 0);
        UUID malvik = api.createSiteIn(company, "Hommelvik havn", "Malvik", lon, lat);
        UUID clay = api.createSupply(trondheim, "CLAY", 1, 10);
        UUID sandInMalvik = api.createSupply(malvik, "SAND", 1, 10);
        String blueClayDescribed = describedSupply(malvik, "SILT", "Fast BLÅLEIRE fra Østre Rosten");
        UUID demandOfPeat = api.createDemand(trondheim, List.of("SAND", "PEAT"), 1, 10);
        String mine = "&companyId=" + company;

        assertThat(ids(matching(TestApi.ADMIN_TOKEN, "supplies", "leire", mine)))
                .containsExactlyInAnyOrder(clay.toString(), blueClayDescribed);
        assertThat(ids(matching(TestApi.ADMIN_TOKEN, "supplies", "CLAY", mine))).containsExactly(clay.toString());
        assertThat(ids(matching(TestApi.ADMIN_TOKEN, "supplies", "ostre", mine))).containsExactly(blueClayDescribed);
        assertThat(ids(matching(TestApi.ADMIN_TOKEN, "supplies", "ØSTRE", mine))).containsExactly(blueClayDescribed);
        assertThat(ids(matching(TestApi.ADMIN_TOKEN, "supplies", "malvik", mine)))
                .containsExactlyInAnyOrder(sandInMalvik.toString(), blueClayDescribed);
        assertThat(ids(matching(TestApi.ADMIN_TOKEN, "demands", "myrmasser", mine)))
                .containsExactly(demandOfPeat.toString());
        assertThat(ids(matching(TestApi.ADMIN_TOKEN, "demands", "leire", mine))).isEmpty();
    }

    @Test
    void textSearchFindsTheSameWhetherFewOrManySitesAreInTheMunicipality() {
        String municipality = "Mangetomter " + UUID.randomUUID().toString().substring(0, 8);
        String word = municipality.substring(municipality.indexOf(' ') + 1);
        UUID first = api.createSiteIn(company, "Tomt 0", municipality, lon, lat);
        UUID inFew = api.createSupply(first, "SAND", 1, 10);
        String mine = "&companyId=" + company;
        assertThat(ids(matching(TestApi.ADMIN_TOKEN, "supplies", word, mine))).containsExactly(inFew.toString());

        for (int i = 1; i <= ListingRepository.FEW_SITES; i++) {
            api.createSiteIn(company, "Tomt " + i, municipality, lon, lat);
        }
        UUID inMany = api.createSupply(first, "GRAVEL", 1, 10);

        assertThat(ids(matching(TestApi.ADMIN_TOKEN, "supplies", word, mine)))
                .containsExactlyInAnyOrder(inFew.toString(), inMany.toString());
        assertThat(ids(matching(TestApi.ADMIN_TOKEN, "supplies", word + " grus", mine)))
                .containsExactly(inMany.toString());
    }

    @Test
    void textSearchRequiresEveryWordAndTreatsWildcardsAsText() {
        UUID malvik = api.createSiteIn(company, "Hommelvik havn", "Malvik", lon, lat);
        UUID sandInMalvik = api.createSupply(malvik, "SAND", 1, 10);
        api.createSupply(malvik, "GRAVEL", 1, 10);
        api.createSupply(siteAtKm(0, 0), "SAND", 1, 10);
        String percent = describedSupply(malvik, "SAND", "100% rein");
        String mine = "&companyId=" + company;

        assertThat(ids(matching(TestApi.ADMIN_TOKEN, "supplies", "malvik sand", mine)))
                .containsExactlyInAnyOrder(sandInMalvik.toString(), percent);
        assertThat(ids(matching(TestApi.ADMIN_TOKEN, "supplies", "0%", mine))).containsExactly(percent);
        assertThat(ids(matching(TestApi.ADMIN_TOKEN, "supplies", "_", mine))).isEmpty();
        api.asAdmin().get().uri("/api/v1/supplies?companyId=" + company + "&q={q}", "leire")
                .header(HttpHeaders.ACCEPT, "application/geo+json").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.features.length()").isEqualTo(0);
        api.asAdmin().get().uri("/api/v1/supplies?companyId=" + company + "&q={q}", "malvik grus")
                .header(HttpHeaders.ACCEPT, "application/geo+json").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.features.length()").isEqualTo(1)
                .jsonPath("$.features[0].properties.material").isEqualTo("GRAVEL");
    }

    @Test
    void textSearchFindsNoHiddenListingAndNothingByTheNamesAMemberMayNotSee() {
        UUID site = api.createSiteIn(company, "Hemmelig tomt", "Trondheim", lon, lat);
        UUID active = api.createSupply(site, "SAND", 1, 10);
        String draft = (String) api.asAdmin().post().uri("/api/v1/supplies")
                .bodyValue(Map.of("siteId", site.toString(), "material", "SAND", "contaminationClass", 1,
                        "quantity", Map.of("amount", 5, "unit", "t"), "kind", "ONE_OFF", "status", "DRAFT",
                        "description", "utkast"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
        String other = api.memberToken(api.createCompany("Annen AS"));
        String around = String.format(Locale.ROOT, "&status=DRAFT,ACTIVE&bbox=%f,%f,%f,%f",
                lon - 0.1, lat - 0.1, lon + 0.1, lat + 0.1);

        assertThat(ids(matching(other, "supplies", "sand", around))).containsExactly(active.toString());
        assertThat(ids(matching(other, "supplies", "utkast", around))).isEmpty();
        assertThat(ids(matching(other, "supplies", "hemmelig", around))).isEmpty();
        assertThat(ids(matching(other, "supplies", "søk", around))).isEmpty();
        assertThat(ids(matching(api.memberToken(company), "supplies", "utkast", around))).containsExactly(draft);
    }

    @Test
    void refusesUnknownParametersListingTheKnownOnes() {
        for (String kind : List.of("supplies", "demands")) {
            api.asAdmin().get().uri("/api/v1/" + kind + "?materail=CLAY&limit=5").exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                            .startsWith("unknown query parameter 'materail'").contains("material", "q", "cursor"))
                    .jsonPath("$.errors.length()").isEqualTo(1)
                    .jsonPath("$.errors[0].field").isEqualTo("materail");
        }
        api.asAdmin().get().uri("/api/v1/supplies?q={q}", "x".repeat(201)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("q");
    }

    private String describedSupply(UUID site, String material, String description) {
        return (String) api.asAdmin().post().uri("/api/v1/supplies")
                .bodyValue(Map.of("siteId", site.toString(), "material", material, "contaminationClass", 1,
                        "quantity", Map.of("amount", 5, "unit", "t"), "kind", "ONE_OFF",
                        "description", description))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
    }


    /**
     * Listings keep a copy of their site's position: moving the site moves them, in reads and in area searches of both
     * shapes (a half of the world holds a busy share of the sites, so its search scans the newest listings and tests
     * their copies; a small box walks the sites first).
     */
    @Test
    void aSiteThatMovesTakesItsListingsAlongInReadsAndAreaSearches() {
        String token = api.memberToken(company);
        UUID site = api.createSite(company, "Flyttes", -100, lat);
        UUID supply = api.createSupply(site, "SAND", 1, 100);
        UUID demand = api.createDemand(site, List.of("SAND"), 2, 100);
        String west = "bbox=-180,-80,0,80&companyId=" + company;
        String east = "bbox=0,-80,180,80&companyId=" + company;
        String atNewPlace = String.format(Locale.ROOT, "bbox=%f,%f,%f,%f&companyId=%s", 99.9, lat - 0.1, 100.1,
                lat + 0.1, company);
        assertThat(ids(page(token, "supplies?" + west))).containsExactly(supply.toString());
        assertThat(ids(page(token, "demands?" + west))).containsExactly(demand.toString());

        api.as(token).put().uri("/api/v1/sites/" + site)
                .bodyValue(Map.of("name", "Flyttet", "location", Map.of("type", "Point", "coordinates",
                        List.of(100, lat))))
                .exchange()
                .expectStatus().isOk();

        for (String kind : List.of("supplies", "demands")) {
            String id = (kind.equals("supplies") ? supply : demand).toString();
            assertThat(ids(page(token, kind + "?" + west))).isEmpty();
            assertThat(ids(page(token, kind + "?" + east))).containsExactly(id);
            assertThat(ids(page(token, kind + "?" + atNewPlace))).containsExactly(id);
            api.as(token).get().uri("/api/v1/" + kind + "/" + id).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.location.coordinates[0]").isEqualTo(100.0);
        }
    }


    /**
     * A listing written while its site moves ends where the site ends: the write and the move wait for each other. The
     * moves go back and forth among three places, the first the site's own, so that a move to where its caller read the
     * site may follow another's move away.
     */
    @Test
    void listingsWrittenWhileTheirSiteMovesEndWhereTheSiteEnds() throws Exception {
        String token = api.memberToken(company);
        UUID site = api.createSite(company, "Vandrer", lon, lat);
        List<Callable<Object>> work = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            work.add(() -> api.createSupply(site, "SAND", 1, 100));
        }
        for (int i = 1; i <= 10; i++) {
            double movedLon = lon + i % 3 * 0.001;
            work.add(() -> api.as(token).put().uri("/api/v1/sites/" + site)
                    .bodyValue(Map.of("name", "Vandrer", "location", Map.of("type", "Point", "coordinates",
                            List.of(movedLon, lat))))
                    .exchange().expectStatus().isOk().returnResult(Void.class));
        }
        Collections.shuffle(work);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Object> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        Map<String, Object> body = api.as(token).get().uri("/api/v1/sites/" + site).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        Object siteLon = ((List<Object>) ((Map<String, Object>) body.get("location")).get("coordinates")).get(0);
        List<Map<String, Object>> items = (List<Map<String, Object>>) page(token,
                "supplies?limit=100&companyId=" + company).get("items");
        assertThat(items).hasSize(40).allSatisfy(item -> assertThat(
                ((List<Object>) ((Map<String, Object>) item.get("location")).get("coordinates")).get(0))
                .isEqualTo(siteLon));
    }

    @Test
    void refusesMalformedParametersNamingThem() {
        Map<String, String> bad = Map.ofEntries(
                Map.entry("limit=0", "limit"), Map.entry("limit=1001", "limit"), Map.entry("limit=ten", "limit"),
                Map.entry("cursor=garbage", "cursor"), Map.entry("near=63.4,10.4&radiusKm=x", "radiusKm"),
                Map.entry("near=63.4&radiusKm=3", "near"),
                Map.entry("near=63.4,10.4", "radiusKm"), Map.entry("radiusKm=5", "near"),
                Map.entry("near=95,10&radiusKm=5", "near"), Map.entry("near=63.4,10.4&radiusKm=-1", "radiusKm"),
                Map.entry("bbox=10,63,9,64", "bbox"), Map.entry("status=SOMETIMES", "status"),
                Map.entry("material=NOPE", "material"), Map.entry("from=2026-13-01", "from"),
                Map.entry("from=2026-05-01&to=2026-04-01", "to"), Map.entry("companyId=xyz", "companyId"));
        bad.forEach((query, parameter) -> {
            for (String kind : List.of("supplies", "demands")) {
                api.asAdmin().get().uri("/api/v1/" + kind + "?" + query).exchange()
                        .expectStatus().isBadRequest()
                        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody().jsonPath("$.field").isEqualTo(parameter);
            }
        });
    }
}
