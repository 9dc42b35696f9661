package no.sirkel.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.DealFixture;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

@IntegrationTest
class DeliveryApiTest {

    private static final LocalDate TODAY = LocalDate.now(Delivery.CALENDAR);

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    TestApi api;
    DealFixture deals;
    UUID supplierCompany;
    UUID receiverCompany;
    String supplier;
    String receiver;

    @BeforeEach
    void setUp() {
        api = new TestApi(client);
        deals = new DealFixture(api, db);
        supplierCompany = api.createCompany("Graveselskapet AS");
        receiverCompany = api.createCompany("Fyllmasse AS");
        supplier = api.memberToken(supplierCompany);
        receiver = api.memberToken(receiverCompany);
    }

    UUID openDeal(double tonnes) {
        return deals.deal(supplierCompany, receiverCompany, tonnes, 12, TODAY.minusDays(30), TODAY.plusDays(60));
    }

    WebTestClient.ResponseSpec post(String token, UUID deal, Map<String, ?> body) {
        return api.as(token).post().uri("/api/v1/proposals/{id}/deliveries", deal).bodyValue(body).exchange();
    }

    Map<String, Object> ledger(String token, UUID deal) {
        return api.as(token).get().uri("/api/v1/proposals/{id}/deliveries", deal).exchange()
                .expectStatus().isOk().expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> progress(Map<String, Object> ledger) {
        return (Map<String, Object>) ledger.get("progress");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    Map<String, Object> delivery(String date, double tonnes, int trips, String ticket) {
        return Map.of("date", date, "tonnes", tonnes, "truckTrips", trips, "ticket", ticket);
    }

    @Test
    void theReceiverRecordsADeliveryAndBothSidesAndPlannersSeeWhatIsStillDue() {
        UUID deal = openDeal(100);

        post(receiver, deal, delivery(TODAY.minusDays(2).toString(), 34, 2, "VV-1001"))
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/v1/proposals/" + deal + "/deliveries/.+")
                .expectBody().jsonPath("$.tonnes").isEqualTo(34.0).jsonPath("$.state").isEqualTo("RECORDED")
                .jsonPath("$.ticket").isEqualTo("VV-1001");

        for (String reader : List.of(supplier, receiver, api.plannerToken(), TestApi.ADMIN_TOKEN)) {
            Map<String, Object> ledger = ledger(reader, deal);
            assertThat(items(ledger)).hasSize(1);
            assertThat(progress(ledger)).containsEntry("agreedTonnes", 100.0).containsEntry("deliveredTonnes", 34.0)
                    .containsEntry("dueTonnes", 66.0).containsEntry("status", "OPEN");
        }
    }

    @Test
    void aQuantityInTheListingsUnitIsConvertedAsTheListingConvertedIt() {
        Instant listed = Instant.parse("2026-01-01T00:00:00Z");
        UUID deal = deals.deal(new DealFixture.Spec(supplierCompany, deals.site(supplierCompany, "Trondheim", 63.4,
                10.4), receiverCompany, deals.site(receiverCompany, "Malvik", 63.42, 10.68), "CLAY", 1500,
                "m3_loose", 1000, 15, TODAY.minusDays(10), TODAY.plusDays(10), listed, listed));

        post(receiver, deal, Map.of("date", TODAY.toString(), "quantity", Map.of("amount", 10, "unit", "m3_loose"),
                "truckTrips", 1))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.tonnes").isEqualTo(15.0).jsonPath("$.quantity.unit").isEqualTo("m3_loose");
        post(receiver, deal, Map.of("date", TODAY.toString(), "quantity", Map.of("amount", 10, "unit", "m3_solid"),
                "truckTrips", 1))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].field").isEqualTo("quantity.unit");
    }

    @Test
    void onlyAMemberOfTheReceivingSideRecordsAndStrangersLearnNothing() {
        UUID deal = openDeal(100);
        String stranger = api.memberToken(api.createCompany("Nysgjerrig AS"));
        Map<String, Object> body = delivery(TODAY.toString(), 10, 1, "T-1");

        post(supplier, deal, body).expectStatus().isForbidden();
        post(api.plannerToken(), deal, body).expectStatus().isForbidden();
        post(TestApi.ADMIN_TOKEN, deal, body).expectStatus().isForbidden();
        post(stranger, deal, body).expectStatus().isNotFound();
        api.as(stranger).get().uri("/api/v1/proposals/{id}/deliveries", deal).exchange().expectStatus().isNotFound();

        assertThat(items(ledger(receiver, deal))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRefusedDeliveryNamesEveryFieldAndWritesNothing() {
        UUID deal = openDeal(100);

        api.as(receiver).post().uri("/api/v1/proposals/{id}/deliveries", deal)
                .bodyValue(Map.of("date", TODAY.plusDays(3).toString(), "tonnes", -4, "truckTrips", 0))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[*].field").value(fields -> assertThat((List<Object>) fields)
                        .containsExactlyInAnyOrder("date", "tonnes", "truckTrips"));

        assertThat(items(ledger(receiver, deal))).isEmpty();
    }

    @Test
    void theSupplierDisputesADeliveryWhichThenDoesNotCountUntilTheDisputeIsWithdrawn() {
        UUID deal = openDeal(100);
        String id = (String) post(receiver, deal, delivery(TODAY.toString(), 40, 3, "W-77")).expectStatus()
                .isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
        String dispute = "/api/v1/proposals/" + deal + "/deliveries/" + id + "/dispute";

        api.as(receiver).post().uri(dispute).bodyValue(Map.of("note", "not ours")).exchange()
                .expectStatus().isForbidden();
        api.as(supplier).post().uri(dispute).bodyValue(Map.of("note", " ")).exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].field").isEqualTo("note");
        api.as(supplier).post().uri(dispute).bodyValue(Map.of("note", "The ticket shows 30 t, not 40 t"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("DISPUTED")
                .jsonPath("$.disputeNote").isEqualTo("The ticket shows 30 t, not 40 t");
        api.as(supplier).post().uri(dispute).bodyValue(Map.of("note", "again")).exchange()
                .expectStatus().isEqualTo(409);

        assertThat(progress(ledger(receiver, deal))).containsEntry("deliveredTonnes", 0.0)
                .containsEntry("disputedTonnes", 40.0).containsEntry("dueTonnes", 100.0);

        api.as(supplier).delete().uri(dispute).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("RECORDED");
        assertThat(progress(ledger(supplier, deal))).containsEntry("deliveredTonnes", 40.0)
                .containsEntry("disputedTonnes", 0.0);

        Map<String, Object> events = api.as(TestApi.ADMIN_TOKEN).get()
                .uri("/api/v1/proposals/{id}/deliveries/{d}/events", deal, id).exchange()
                .expectStatus().isOk().expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
        assertThat(items(events)).extracting(event -> event.get("change"))
                .containsExactly("RECORDED", "DISPUTED", "DISPUTE_WITHDRAWN");
        assertThat(items(events)).extracting(event -> event.get("actorCompany"))
                .containsExactly(receiverCompany.toString(), supplierCompany.toString(), supplierCompany.toString());
        assertThat(items(events)).allSatisfy(event -> assertThat(event.get("at")).isNotNull());
    }

    @Test
    void aDealWhoseWindowPassedWithTonnesStillDueIsOverdueAndOneFullyDeliveredIsComplete() {
        UUID late = deals.deal(supplierCompany, receiverCompany, 50, 8, TODAY.minusDays(90), TODAY.minusDays(10));
        UUID done = deals.deal(supplierCompany, receiverCompany, 50, 8, TODAY.minusDays(90), TODAY.minusDays(10));
        post(receiver, late, delivery(TODAY.minusDays(20).toString(), 20, 1, "L-1")).expectStatus().isCreated();
        post(receiver, done, delivery(TODAY.minusDays(20).toString(), 50, 3, "D-1")).expectStatus().isCreated();

        assertThat(progress(ledger(supplier, late))).containsEntry("status", "OVERDUE")
                .containsEntry("dueTonnes", 30.0);
        assertThat(progress(ledger(supplier, done))).containsEntry("status", "COMPLETE")
                .containsEntry("dueTonnes", 0.0);
    }

    @Test
    void aCsvImportRecordsEveryRowOrNoneAndATicketOnlyOnce() {
        UUID deal = openDeal(200);
        String good = "date,tonnes,truckTrips,ticket\n" + TODAY.minusDays(3) + ",17.5,1,A-1\n"
                + TODAY.minusDays(2) + ",\"18,0\",1,A-2\n";
        importCsv(deal, good).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("rows[1].tonnes");
        assertThat(items(ledger(receiver, deal))).isEmpty();

        importCsv(deal, good.replace("\"18,0\"", "18")).expectStatus().isCreated()
                .expectBody().jsonPath("$.items.length()").isEqualTo(2);
        importCsv(deal, "date,tonnes,truckTrips,ticket\n" + TODAY + ",5,1,A-2\n")
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.errors[0].field").isEqualTo("ticket");

        assertThat(progress(ledger(receiver, deal))).containsEntry("deliveredTonnes", 35.5);
    }

    WebTestClient.ResponseSpec importCsv(UUID deal, String csv) {
        return api.as(receiver).post().uri("/api/v1/proposals/{id}/deliveries", deal)
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv).exchange();
    }

    @Test
    void massesMovedOutsideSirkelAreRecordedForOwnSitesAndMembersSeeOnlyTheirOwn() {
        UUID site = deals.site(supplierCompany, "Trondheim", 63.43, 10.39);
        UUID otherSite = deals.site(receiverCompany, "Melhus", 63.29, 10.28);
        Map<String, Object> landfill = Map.of("siteId", site.toString(), "date", TODAY.toString(),
                "material", "CLAY", "contaminationClass", 2, "tonnes", 120, "destination", "LANDFILL",
                "receiver", "Heggstadmoen", "km", 14, "truckTrips", 7);

        api.as(supplier).post().uri("/api/v1/outside-deliveries").bodyValue(landfill).exchange()
                .expectStatus().isCreated().expectBody().jsonPath("$.companyId").isEqualTo(supplierCompany.toString())
                .jsonPath("$.recordedAt").exists();
        api.as(supplier).post().uri("/api/v1/outside-deliveries")
                .bodyValue(Map.of("siteId", otherSite.toString(), "date", TODAY.toString(), "material", "CLAY",
                        "tonnes", 5, "destination", "OWN_REUSE", "truckTrips", 0))
                .exchange().expectStatus().isForbidden();
        api.as(receiver).post().uri("/api/v1/outside-deliveries").contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue("siteId,date,material,tonnes,destination,truckTrips\n" + otherSite + "," + TODAY
                        + ",SAND,80,OWN_REUSE,0\n" + otherSite + "," + TODAY + ",SAND,10,QUARRY,1\n")
                .exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("rows[1].destination");

        assertThat(outside(supplier)).extracting(row -> row.get("siteId")).containsOnly(site.toString());
        assertThat(outside(receiver)).isEmpty();
        assertThat(outside(api.plannerToken())).extracting(row -> row.get("siteId")).contains(site.toString());
    }

    List<Map<String, Object>> outside(String token) {
        return items(api.as(token).get().uri("/api/v1/outside-deliveries").exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody());
    }
}
