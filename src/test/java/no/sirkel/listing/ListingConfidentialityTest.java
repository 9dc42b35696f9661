package no.sirkel.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;
import no.sirkel.geo.GeoPoint;

/**
 * The broker role through every read of a listing: two member companies, each with a listing of its own a few km
 * apart, off the privacy grid; a planner and an admin. (Proposals: {@code ProposalApiTest}.)
 */
@IntegrationTest
@SuppressWarnings("unchecked")
class ListingConfidentialityTest {

    @Autowired
    WebTestClient client;

    private TestApi api;
    private UUID supplier;
    private UUID receiver;
    private String supplierMember;
    private String receiverMember;
    private String planner;
    private UUID supplySite;
    private UUID demandSite;
    private GeoPoint supplyAt;
    private GeoPoint demandAt;
    private UUID supply;
    private UUID demand;
    private String bbox;

    @BeforeEach
    void twoCompaniesWithAListingEach() {
        api = new TestApi(client);
        supplier = api.createCompany("Graveselskapet AS");
        receiver = api.createCompany("Fyllmasse AS");
        supplierMember = api.memberToken(supplier);
        receiverMember = api.memberToken(receiver);
        planner = api.plannerToken();
        double lon = Math.floor(ThreadLocalRandom.current().nextDouble(-170, 170) * 50) / 50;
        double lat = Math.floor(ThreadLocalRandom.current().nextDouble(-60, 60) * 100) / 100;
        supplyAt = new GeoPoint(lon + 0.003_7, lat + 0.001_2); // shown at (lon, lat)
        demandAt = new GeoPoint(lon + 0.031_3, lat + 0.021_9); // shown at (lon + 0.04, lat + 0.02)
        supplySite = api.createSite(supplier, "Byggegrop Heimdal", supplyAt.lon(), supplyAt.lat());
        demandSite = api.createSite(receiver, "Fylling Tiller", demandAt.lon(), demandAt.lat());
        supply = api.createSupply(supplySite, "CLAY", 1, 800);
        demand = api.createDemand(demandSite, List.of("CLAY"), 2, 500);
        bbox = String.format(Locale.ROOT, "%f,%f,%f,%f", lon - 0.1, lat - 0.1, lon + 0.1, lat + 0.1);
    }

    @Test
    void searchShowsAMemberOtherCompaniesListingsWithoutCompanyOrSiteOnTheGrid() {
        Map<String, Object> theirs = only(items(json(receiverMember, "/api/v1/supplies?bbox=" + bbox)));

        assertThat(theirs).containsEntry("id", supply.toString()).containsEntry("material", "CLAY")
                .doesNotContainKeys("companyId", "siteId", "siteName")
                .containsEntry("location", point(ListingPrivacy.coarse(supplyAt)));
        assertThat(json(receiverMember, "/api/v1/supplies?bbox=" + bbox)).isEqualTo(
                json(receiverMember, "/api/v1/supplies?bbox=" + bbox));
    }

    @Test
    void searchShowsAMembersOwnListingsAndEverythingToPlannersAndAdminsInFull() {
        assertInFull(only(items(json(receiverMember, "/api/v1/demands?bbox=" + bbox))), receiver, demandSite,
                demandAt);
        for (String token : List.of(planner, TestApi.ADMIN_TOKEN)) {
            assertInFull(only(items(json(token, "/api/v1/supplies?bbox=" + bbox))), supplier, supplySite, supplyAt);
            assertInFull(only(items(json(token, "/api/v1/demands?bbox=" + bbox))), receiver, demandSite, demandAt);
        }
    }

    @Test
    void aMembersAreaSearchFindsOtherCompaniesListingsWhereTheyAreShownNotWhereTheyAre() {
        GeoPoint shown = ListingPrivacy.coarse(supplyAt);
        assertThat(ids(json(receiverMember, "/api/v1/supplies?bbox=" + around(supplyAt)))).isEmpty();
        assertThat(ids(json(receiverMember, "/api/v1/supplies?near=" + nearby(supplyAt)))).isEmpty();
        assertThat(ids(json(receiverMember, "/api/v1/supplies?bbox=" + around(shown))))
                .containsExactly(supply.toString());
        assertThat(ids(json(receiverMember, "/api/v1/supplies?near=" + nearby(shown))))
                .containsExactly(supply.toString());

        assertThat(ids(json(receiverMember, "/api/v1/demands?bbox=" + around(demandAt))))
                .containsExactly(demand.toString());
        assertThat(ids(json(planner, "/api/v1/supplies?bbox=" + around(supplyAt)))).containsExactly(supply.toString());
        assertThat(ids(json(planner, "/api/v1/supplies?bbox=" + around(shown)))).isEmpty();
    }

    /** A box 0.001 degrees wide centred on the position. */
    private static String around(GeoPoint at) {
        return String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", at.lon() - 0.000_5, at.lat() - 0.000_5,
                at.lon() + 0.000_5, at.lat() + 0.000_5);
    }

    /** A circle of 50 m about the position. */
    private static String nearby(GeoPoint at) {
        return String.format(Locale.ROOT, "%.6f,%.6f&radiusKm=0.05", at.lat(), at.lon());
    }

    @Test
    void geoJsonShowsAMemberOtherCompaniesListingsWithoutCompanyOrSiteOnTheGrid() {
        Map<String, Object> theirs = only(features(supplierMember, "/api/v1/demands?bbox=" + bbox));
        assertThat(theirs).containsEntry("geometry", point(ListingPrivacy.coarse(demandAt)));
        assertThat((Map<String, Object>) theirs.get("properties")).doesNotContainKeys("companyId", "siteId")
                .containsEntry("location", point(ListingPrivacy.coarse(demandAt)));

        Map<String, Object> own = only(features(supplierMember, "/api/v1/supplies?bbox=" + bbox));
        assertThat(own).containsEntry("geometry", point(supplyAt));
        assertInFull((Map<String, Object>) own.get("properties"), supplier, supplySite, supplyAt);
        Map<String, Object> asPlanner = only(features(planner, "/api/v1/demands?bbox=" + bbox));
        assertInFull((Map<String, Object>) asPlanner.get("properties"), receiver, demandSite, demandAt);
    }

    @Test
    void aSingleReadShowsAMemberAnotherCompanysListingWithoutCompanyOrSiteOnTheGrid() {
        assertThat(json(receiverMember, "/api/v1/supplies/" + supply)).doesNotContainKeys("companyId", "siteId")
                .containsEntry("location", point(ListingPrivacy.coarse(supplyAt)));
        assertThat(json(supplierMember, "/api/v1/demands/" + demand)).doesNotContainKeys("companyId", "siteId")
                .containsEntry("location", point(ListingPrivacy.coarse(demandAt)));

        assertInFull(json(supplierMember, "/api/v1/supplies/" + supply), supplier, supplySite, supplyAt);
        assertInFull(json(planner, "/api/v1/supplies/" + supply), supplier, supplySite, supplyAt);
        assertInFull(json(TestApi.ADMIN_TOKEN, "/api/v1/demands/" + demand), receiver, demandSite, demandAt);
    }

    @Test
    void aMemberFilteringByAnotherCompanyIsRefusedAndByItsOwnIsServed() {
        for (String path : List.of("/api/v1/supplies?companyId=", "/api/v1/demands?companyId=")) {
            api.as(receiverMember).get().uri(path + supplier).exchange()
                    .expectStatus().isEqualTo(HttpStatus.FORBIDDEN)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(ids(json(receiverMember, "/api/v1/demands?companyId=" + receiver))).containsExactly(
                demand.toString());
        assertThat(ids(json(planner, "/api/v1/supplies?companyId=" + supplier))).containsExactly(supply.toString());
    }

    @Test
    void candidatesShowAMemberTheOtherCompanysListingsWithoutCompanyOrSiteOnTheGrid() {
        Map<String, Object> demandForSupplier = only(items(json(supplierMember,
                "/api/v1/supplies/" + supply + "/candidates")));
        assertThat(demandForSupplier).containsEntry("id", demand.toString())
                .doesNotContainKeys("companyId", "siteId", "siteName")
                .containsEntry("location", point(ListingPrivacy.coarse(demandAt)));
        Map<String, Object> supplyForReceiver = only(items(json(receiverMember,
                "/api/v1/demands/" + demand + "/candidates")));
        assertThat(supplyForReceiver).containsEntry("id", supply.toString())
                .doesNotContainKeys("companyId", "siteId", "siteName")
                .containsEntry("location", point(ListingPrivacy.coarse(supplyAt)));

        for (String token : List.of(planner, TestApi.ADMIN_TOKEN)) {
            Map<String, Object> full = only(items(json(token, "/api/v1/demands/" + demand + "/candidates")));
            assertInFull(full, supplier, supplySite, supplyAt);
            assertThat(full).containsEntry("siteName", "Byggegrop Heimdal");
        }
    }

    private static void assertInFull(Map<String, Object> listing, UUID company, UUID site, GeoPoint at) {
        assertThat(listing).containsEntry("companyId", company.toString()).containsEntry("siteId", site.toString())
                .containsEntry("location", point(at));
    }

    private Map<String, Object> json(String token, String uri) {
        return api.as(token).get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private List<Map<String, Object>> features(String token, String uri) {
        Map<String, Object> collection = api.as(token).get().uri(uri).accept(MediaType.parseMediaType(
                        "application/geo+json")).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (List<Map<String, Object>>) collection.get("features");
    }

    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private static List<String> ids(Map<String, Object> page) {
        return items(page).stream().map(item -> (String) item.get("id")).toList();
    }

    private static Map<String, Object> only(List<Map<String, Object>> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static Map<String, Object> point(GeoPoint position) {
        return Map.of("type", "Point", "coordinates", List.of(position.lon(), position.lat()));
    }
}
