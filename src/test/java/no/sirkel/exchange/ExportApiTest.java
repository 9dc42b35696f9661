package no.sirkel.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

@IntegrationTest
class ExportApiTest {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @Autowired
    WebTestClient client;

    @Test
    void suppliesExportAsCsvWithNorwegianNamesAndAsXlsxInEnglish() throws IOException {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Eksport AS");
        UUID site = api.createSite(company, "Eksporttomta", 11.1, 61.1);
        api.createSupply(site, "CLAY", 2, 120);
        api.createSupply(site, "SAND", 1, 80.5);
        String member = api.memberToken(company);

        String csv = new String(api.as(member).get().uri("/api/v1/exports/supplies?companyId=" + company)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv")
                .expectHeader().valueMatches("Content-Disposition", "attachment; filename=\"tilbud.csv\"")
                .expectBody(byte[].class).returnResult().getResponseBody(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("materialnavn,tilstandsklasse,tonn");
        assertThat(lines.subList(1, 3)).anySatisfy(line -> assertThat(line)
                .contains(",CLAY,Leire,2,120,").contains("Eksporttomta").contains("Eksport AS"));

        byte[] xlsx = api.as(member).get().uri("/api/v1/exports/supplies?companyId=" + company + "&material=SAND")
                .accept(XLSX).header("Accept-Language", "en")
                .exchange()
                .expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row heading = workbook.getSheetAt(0).getRow(0);
            Row sand = workbook.getSheetAt(0).getRow(1);
            assertThat(heading.getCell(2).getStringCellValue()).isEqualTo("material name");
            assertThat(sand.getCell(2).getStringCellValue()).isEqualTo("Sand");
            assertThat(heading.getCell(4).getStringCellValue()).isEqualTo("tonnes");
            assertThat(sand.getCell(4).getNumericCellValue()).isEqualTo(80.5);
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void demandsExportAsGeoJsonWithoutOtherCompaniesNames() {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Behov Eksport AS");
        UUID site = api.createSite(company, "Fyllplass", 12.2, 62.2);
        api.createDemand(site, List.of("SAND", "GRAVEL"), 1, 300);
        String outsider = api.memberToken(api.createCompany("Annen AS"));
        api.as(outsider).get().uri("/api/v1/exports/demands?bbox=12.19,62.19,12.21,62.21")
                .accept(MediaType.parseMediaType("application/geo+json"))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.type").isEqualTo("FeatureCollection")
                .jsonPath("$.features.length()").isEqualTo(1)
                .jsonPath("$.features[0].geometry.coordinates[0]").isEqualTo(12.2)
                .jsonPath("$.features[0].properties.acceptsNames").isEqualTo("Sand, Grus")
                .jsonPath("$.features[0].properties.tonnes").isEqualTo(300.0)
                .jsonPath("$.features[0].properties.companyName").doesNotExist()
                .jsonPath("$.features[0].properties.siteName").doesNotExist();
    }

    @Test
    void refusesPagingParametersAndUnknownFilterValues() {
        TestApi api = new TestApi(client);
        api.asAdmin().get().uri("/api/v1/exports/supplies?limit=10").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
        api.asAdmin().get().uri("/api/v1/exports/supplies?material=KRYPTONITE").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("material");
    }
}
