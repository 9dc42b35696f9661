package no.sirkel.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;
import no.sirkel.geo.Crs;

/** Imports through the API, in the default service region (Norway), so that swapped coordinates are caught. */
@IntegrationTest
@TestPropertySource(properties = {"sirkel.region.bbox=", "sirkel.data-dir=target/test-data-norway"})
@SuppressWarnings("unchecked")
class ImportApiTest {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final List<String> HEADINGS_NB = List.of("annonse", "anlegg", "x", "y", "crs", "kommune",
            "materiale", "tilstandsklasse", "mengde", "enhet", "type", "fra", "til", "maksTransportKm");

    @Autowired
    WebTestClient client;

    private final double lon = 6 + ThreadLocalRandom.current().nextDouble() * 20;
    private final double lat = 60 + ThreadLocalRandom.current().nextDouble() * 8;

    @Test
    void templatesComeInNorwegianAndEnglishAsCsvAndXlsx() throws IOException {
        TestApi api = new TestApi(client);
        String member = api.memberToken(api.createCompany("Mal AS"));
        byte[] csv = api.as(member).get().uri("/api/v1/imports/template").accept(MediaType.parseMediaType("text/csv"))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("annonse,anlegg,x,y,crs").contains("tilbud");
        byte[] xlsx = api.as(member).get().uri("/api/v1/imports/template").accept(XLSX)
                .header("Accept-Language", "en")
                .exchange()
                .expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("listing");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("supply");
            assertThat(workbook.getSheet("Columns")).isNotNull();
        }
    }

    @Test
    void aSpreadsheetWithMistakesInSeveralRowsIsRefusedRowByRowAndWritesNothing() throws IOException {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Feil AS");
        WebTestClient member = api.as(api.memberToken(company));
        byte[] workbook = workbook(List.of(
                List.of("tilbud", "Tomta", lon, lat, "", "Trondheim", "Leire", 1, 500, "pfm3", "ONE_OFF",
                        "2027-01-01", "2027-03-31", ""),
                List.of("tilbud", "Tomta", "", "", "", "", "Kryptonitt", 1, 100, "t", "ONE_OFF", "", "", ""),
                List.of("behov", "Fyllinga", lon + 0.01, lat, "", "", "SAND", 2, -5, "t", "ONE_OFF", "", "", 30),
                List.of("tilbud", "Tomta", "", "", "", "", "Leire", 1, 300, "t", "SOMETIMES", "2027-05-01",
                        "2027-04-01", ""),
                List.of("behov", "Langt unna", lat, lon, "", "", "SAND", 1, 100, "t", "ONE_OFF", "", "", "")));
        Map<String, Object> problem = member.post().uri("/api/v1/imports?dryRun=true").contentType(XLSX)
                .bodyValue(workbook)
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
        assertThat(errors).extracting(error -> error.get("row") + " " + error.get("column"))
                .contains("3 materiale", "4 mengde", "5 type", "5 til", "6 x");
        assertThat(errors).noneMatch(error -> Integer.valueOf(2).equals(error.get("row")));
        assertThat(errors).filteredOn(error -> Integer.valueOf(6).equals(error.get("row")))
                .extracting(error -> (String) error.get("message")).anyMatch(message -> message.contains("swapped"));

        member.post().uri("/api/v1/imports").contentType(XLSX).bodyValue(workbook).exchange()
                .expectStatus().isEqualTo(422);
        api.asAdmin().get().uri("/api/v1/sites?companyId=" + company).exchange()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0);
    }

    @Test
    void aCorrectSpreadsheetIsCheckedByADryRunThenImportedWhole() throws IOException {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Riktig AS");
        WebTestClient member = api.as(api.memberToken(company));
        double[] utm = Crs.EPSG_25833.fromLonLat(lon + 0.01, lat);
        byte[] workbook = workbook(List.of(
                List.of("tilbud", "Tomta", lon, lat, "", "Trondheim", "Leire", 1, 500, "pfm3", "ONE_OFF",
                        "2027-01-01", "2027-03-31", ""),
                List.of("tilbud", "tomta", "", "", "", "", "CLAY", 2, 100, "t", "engangs", "", "", ""),
                List.of("behov", "Fyllinga", utm[0], utm[1], "EPSG:25833", "", "Sand;Grus", 2, 40, "løs m3",
                        "ONE_OFF", "", "", 30)));
        member.post().uri("/api/v1/imports?dryRun=true").contentType(XLSX).bodyValue(workbook)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.dryRun").isEqualTo(true)
                .jsonPath("$.newSites").isEqualTo(2)
                .jsonPath("$.supplyCount").isEqualTo(2)
                .jsonPath("$.demandCount").isEqualTo(1);
        api.asAdmin().get().uri("/api/v1/sites?companyId=" + company).exchange()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0);

        member.post().uri("/api/v1/imports").contentType(XLSX).bodyValue(workbook)
                .exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.sitesCreated.length()").isEqualTo(2)
                .jsonPath("$.supplies.length()").isEqualTo(2)
                .jsonPath("$.demands.length()").isEqualTo(1);
        member.get().uri("/api/v1/supplies?companyId=" + company).exchange()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[?(@.quantity.unit == 'm3_solid')].tonnes").isEqualTo(List.of(500 * 1.35 * 1.5));
        member.get().uri("/api/v1/demands?companyId=" + company).exchange()
                .expectBody()
                .jsonPath("$.items[0].accepts").isEqualTo(List.of("SAND", "GRAVEL"))
                .jsonPath("$.items[0].quantity.unit").isEqualTo("m3_loose")
                .jsonPath("$.items[0].location.coordinates[0]").value(x -> assertThat((Double) x)
                        .isCloseTo(lon + 0.01, org.assertj.core.api.Assertions.within(1e-7)));
    }

    @Test
    void aSemicolonCsvWithDecimalCommasInUtmIsImported() {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Semikolon AS");
        double[] utm = Crs.EPSG_25832.fromLonLat(lon, lat);
        String csv = "annonse;anlegg;x;y;crs;materiale;tilstandsklasse;mengde;enhet;type\n"
                + "tilbud;Kaia;" + String.format(java.util.Locale.ROOT, "%.2f", utm[0]).replace('.', ',') + ";"
                + String.format(java.util.Locale.ROOT, "%.2f", utm[1]).replace('.', ',')
                + ";EPSG:25832;Leire;1;12,5;t;ONE_OFF\n";
        api.as(api.memberToken(company)).post().uri("/api/v1/imports").contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(csv.getBytes(StandardCharsets.UTF_8))
                .exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.supplies.length()").isEqualTo(1);
        api.asAdmin().get().uri("/api/v1/supplies?companyId=" + company).exchange()
                .expectBody().jsonPath("$.items[0].tonnes").isEqualTo(12.5);
    }

    @Test
    void aGeoJsonFeatureCollectionIsImportedAndAnAdminNamesTheCompany() {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("GeoJSON AS");
        Map<String, Object> file = Map.of("type", "FeatureCollection", "features", List.of(Map.of(
                "type", "Feature",
                "geometry", Map.of("type", "Point", "coordinates", List.of(lon, lat)),
                "properties", Map.of("listing", "supply", "site", "Pit", "material", "GRAVEL",
                        "contaminationClass", 1, "amount", 75, "unit", "t", "kind", "RECURRING",
                        "companyId", company.toString()))));
        api.asAdmin().post().uri("/api/v1/imports").contentType(MediaType.parseMediaType("application/geo+json"))
                .bodyValue(file)
                .exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.sitesCreated.length()").isEqualTo(1);
        api.asAdmin().get().uri("/api/v1/supplies?companyId=" + company).exchange()
                .expectBody().jsonPath("$.items[0].kind").isEqualTo("RECURRING");
    }

    @Test
    void aPlannerMayNotImport() {
        TestApi api = new TestApi(client);
        api.as(api.plannerToken()).post().uri("/api/v1/imports").contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue("annonse\n".getBytes(StandardCharsets.UTF_8))
                .exchange()
                .expectStatus().isForbidden();
    }

    /** An XLSX workbook made by POI: the Norwegian headings and the rows (numbers as numeric cells). */
    private static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Masser");
            Row heading = sheet.createRow(0);
            for (int i = 0; i < HEADINGS_NB.size(); i++) {
                heading.createCell(i).setCellValue(HEADINGS_NB.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows.get(r).size(); i++) {
                    Object value = rows.get(r).get(i);
                    if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (!"".equals(value)) {
                        row.createCell(i).setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
