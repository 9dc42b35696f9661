package no.sirkel.massreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.DealFixture;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;
import no.sirkel.delivery.Delivery;

@IntegrationTest
class MassReportApiTest {

    private static final LocalDate TODAY = LocalDate.now(Delivery.CALENDAR);

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    TestApi api;
    UUID site;
    String owner;

    /**
     * A site of Byggherre AS with 100 t of gravel sold to Fyllmasse Øst AS over 25 km (60 t delivered in 4 loads, and
     * 5 t disputed), 80 t of sand still wanted, and 30 t of clay taken 12 km to a landfill in 2 loads.
     */
    @BeforeEach
    void site() {
        api = new TestApi(client);
        DealFixture deals = new DealFixture(api, db);
        UUID company = api.createCompany("Byggherre AS");
        UUID receiver = api.createCompany("Fyllmasse Øst AS");
        owner = api.memberToken(company);
        String receiverToken = api.memberToken(receiver);
        site = api.createSiteIn(company, "Kvartal Brattøra", "Trondheim", 10.40, 63.42);
        Instant listed = Instant.parse("2026-01-05T08:00:00Z");
        UUID deal = deals.deal(new DealFixture.Spec(company, site, receiver,
                deals.site(receiver, "Malvik", 63.43, 10.68), "GRAVEL", 100, "t", 100, 25, TODAY.minusDays(40),
                TODAY.plusDays(40), listed, listed));
        for (Map<String, Object> delivery : List.of(
                Map.<String, Object>of("date", TODAY.toString(), "tonnes", 60, "truckTrips", 4),
                Map.<String, Object>of("date", TODAY.toString(), "tonnes", 5, "truckTrips", 1, "ticket", "X"))) {
            api.as(receiverToken).post().uri("/api/v1/proposals/{id}/deliveries", deal).bodyValue(delivery)
                    .exchange().expectStatus().isCreated();
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> recorded = (List<Map<String, Object>>) api.as(receiverToken).get()
                .uri("/api/v1/proposals/{id}/deliveries", deal).exchange()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody().get("items");
        Object disputed = recorded.stream().filter(item -> "X".equals(item.get("ticket"))).findFirst()
                .orElseThrow().get("id");
        api.as(owner).post().uri("/api/v1/proposals/{id}/deliveries/{d}/dispute", deal, disputed)
                .bodyValue(Map.of("note", "weighbridge says 0")).exchange().expectStatus().isOk();
        api.createDemand(site, List.of("SAND"), null, 80);
        api.as(owner).post().uri("/api/v1/outside-deliveries")
                .bodyValue(Map.of("siteId", site.toString(), "date", TODAY.toString(), "material", "CLAY",
                        "contaminationClass", 2, "tonnes", 30, "destination", "LANDFILL", "receiver", "Heggstadmoen",
                        "km", 12, "truckTrips", 2))
                .exchange().expectStatus().isCreated();
    }

    String pdfText(String token, String language) throws IOException {
        byte[] pdf = api.as(token).get().uri("/api/v1/sites/{id}/mass-report", site)
                .header(HttpHeaders.ACCEPT, "application/pdf").header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .exchange().expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theNorwegianPdfListsEveryMassWithTheCounterpartTotalsAndReuseRate() throws IOException {
        String text = pdfText(owner, "nb-NO,nb;q=0.9,en;q=0.5");

        assertThat(text).contains("Masserapport: Kvartal Brattøra", "Kommune: Trondheim", "Grus", "17 05 04",
                "Fyllmasse Øst AS", "Sand", "ingen avtale ennå", "Leire", "Heggstadmoen (deponi)");
        assertThat(text).contains("Levert t: 90,0 ut av anlegget")
                .contains("Gjenbrukt t (under avtaler og egen gjenbruk): 60,0")
                .contains("Gjenbruksgrad: 66,7 %")
                .contains("Billass: 6")
                .contains("Deponi t: 30,0");
    }

    @Test
    void theEnglishPdfSaysTheSameInEnglish() throws IOException {
        String text = pdfText(api.plannerToken(), "en");

        assertThat(text).contains("Mass report: Kvartal Brattøra", "Gravel", "Fyllmasse Øst AS", "no deal yet",
                "Delivered t: 90.0 out of the site", "Reused t (under deals and own reuse): 60.0", "Reuse rate: 66.7 %");
    }

    @Test
    void theCsvHasOneRowPerMassAndTheTotals() {
        String csv = api.as(owner).get().uri("/api/v1/sites/{id}/mass-report", site)
                .header(HttpHeaders.ACCEPT, "text/csv").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).isEqualTo("OUT,GRAVEL,Gravel,17 05 04,1,100.000,100.000,60.000,Fyllmasse Øst AS,"
                + "25.000,4,135.000,0.000,");
        assertThat(lines.get(4)).startsWith("TOTAL,,Totals,,,180.000,100.000,90.000,,,6,").endsWith(",30.000,66.667");
    }

    @Test
    void anotherCompanysMemberDoesNotLearnTheSiteExists() {
        String stranger = api.memberToken(api.createCompany("Nabo AS"));

        api.as(stranger).get().uri("/api/v1/sites/{id}/mass-report", site).exchange().expectStatus().isNotFound();
    }
}
