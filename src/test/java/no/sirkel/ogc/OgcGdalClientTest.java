package no.sirkel.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.geo.Crs;

/**
 * A real GIS client, GDAL's OAPIF driver (the engine QGIS uses), reads the service: every collection, page after page,
 * reprojected to EUREF89 UTM 32 by GDAL's own PROJ. Skipped, saying so, where GDAL is not installed.
 */
@IntegrationTest
class OgcGdalClientTest {

    private static final int PAGE_SIZE = 5;

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    @Test
    void gdalReadsEveryCollectionPastTheFirstPageWithEachFeatureInItsPlaceInUtm() throws Exception {
        assumeTrue(installed(), "GDAL's ogrinfo/ogr2ogr are not installed (apt-get install gdal-bin):"
                + " the OGC API client test is skipped");
        OgcFixture market = new OgcFixture(client, 12, 3);
        UUID scenario = market.solvedScenario();
        String service = "OAPIF:http://localhost:" + port + "/ogc";

        String layers = gdal(market.plannerToken, "ogrinfo", "-ro", "-q", service).out();
        assertThat(layers).contains("supplies", "demands", "facilities", "flows-" + scenario);

        List<Map<String, String>> supplies = readInUtm32(market, service, "supplies");
        assertThat(supplies).hasSize(12);
        double[] supplySite = Crs.EPSG_25832.fromLonLat(market.lon, market.lat);
        for (Map<String, String> supply : supplies) {
            assertThat(Double.parseDouble(supply.get("X"))).isCloseTo(supplySite[0], within(0.01));
            assertThat(Double.parseDouble(supply.get("Y"))).isCloseTo(supplySite[1], within(0.01));
            assertThat(supply).containsEntry("materialName", "Leire")
                    .containsEntry("siteName", "Graving " + market.companyName);
        }
        assertThat(supplies.stream().map(supply -> supply.get("id")))
                .containsExactlyInAnyOrderElementsOf(market.supplies.stream().map(UUID::toString).toList());

        List<Map<String, String>> demands = readInUtm32(market, service, "demands");
        assertThat(demands).hasSize(3);
        double[] demandSite = Crs.EPSG_25832.fromLonLat(market.lon + 0.02, market.lat + 0.01);
        assertThat(Double.parseDouble(demands.get(0).get("X"))).isCloseTo(demandSite[0], within(0.01));

        List<Map<String, String>> facilities = readInUtm32(market, service, "facilities");
        assertThat(facilities).extracting(facility -> facility.get("id")).containsExactly(market.landfill.toString());

        List<Map<String, String>> flows = readInUtm32(market, service, "flows-" + scenario);
        assertThat(flows).isNotEmpty().allSatisfy(flow -> assertThat(flow.get("kind")).isIn("MATCH", "DISPOSAL"));
    }

    /**
     * The layer's features inside the fixture's UTM box, as GDAL reads them page by page, in UTM 32 (X, Y); where
     * there are more than a page, GDAL must have followed a {@code next} link (its requests carry a cursor).
     */
    private List<Map<String, String>> readInUtm32(OgcFixture market, String service, String layer)
            throws IOException, InterruptedException {
        double[] box = market.utm32Box();
        Output output = gdal(market.plannerToken, "ogr2ogr", "-f", "CSV", "/vsistdout/", service, layer,
                "-oo", "PAGE_SIZE=" + PAGE_SIZE,
                "-spat", Double.toString(box[0]), Double.toString(box[1]), Double.toString(box[2]),
                Double.toString(box[3]), "-spat_srs", "EPSG:25832", "-t_srs", "EPSG:25832",
                "-lco", "GEOMETRY=AS_XY");
        List<Map<String, String>> rows = rows(output.out());
        if (rows.size() > PAGE_SIZE) {
            assertThat(output.err()).contains("limit=" + PAGE_SIZE).contains("cursor=");
        }
        return rows;
    }

    private record Output(String out, String err) {
    }

    private static List<Map<String, String>> rows(String csv) {
        List<String> lines = csv.lines().filter(line -> !line.isBlank()).toList();
        List<String> header = split(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = split(line);
            Map<String, String> row = new java.util.HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** A CSV line's cells, with GDAL's quoting ("..." where a cell holds a comma, "" for a quote). */
    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** Runs a GDAL program with the bearer token in every request; its standard output, or a failure with its errors. */
    private static Output gdal(String token, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        builder.environment().put("GDAL_HTTP_HEADERS", "Authorization: Bearer " + token);
        builder.environment().put("CPL_CURL_VERBOSE", "YES");
        Process process = builder.start();
        java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return process.getErrorStream().readAllBytes();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        byte[] out = process.getInputStream().readAllBytes();
        String errors = new String(err.join(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s: %s", Arrays.toString(command), errors).isZero();
        return new Output(new String(out, StandardCharsets.UTF_8), errors);
    }

    private static boolean installed() {
        try {
            Process process = new ProcessBuilder("ogrinfo", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
