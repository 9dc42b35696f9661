package no.sirkel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriUtils;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks every operation of the OpenAPI document ({@code /v3/api-docs}) with malformed and extreme input: path ids that
 * exist, do not exist or are not ids; query parameters and JSON bodies built from the document's schemas, with values
 * swapped for NUL characters, lone surrogates, huge or negative numbers, wrong types, deep nesting and broken JSON.
 * Every answer must be below 500, every refusal problem+json, and a refusal must leave every table's row count as it
 * was. Seeded ({@code -Dfuzz.seed=N} repeats a run; {@code -Dfuzz.tries=N} requests per operation, default 6).
 */
@IntegrationTest
class ApiFuzzTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> BAD_IDS = List.of("not-an-id", "\u0000", "%00", "1", "' or 1=1 --",
            "\ud800", "a".repeat(300), "00000000-0000-0000-0000-000000000000");
    private static final List<String> BAD_TEXT = List.of("", " ", "\u0000", "a\u0000b", "\ud800", "\udc00x",
            "\u0001", "x".repeat(5_000), "-1", "1e309", "NaN", "2027-02-30", "9999-12-31", "../../etc/passwd",
            "<script>", "' or 1=1 --", "\u202e", "😀".repeat(150));

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    @Value("${spring.flyway.url}")
    String jdbcUrl;

    @Value("${spring.flyway.user}")
    String jdbcUser;

    @Value("${spring.flyway.password}")
    String jdbcPassword;

    private final long seed = Long.getLong("fuzz.seed", 20261129L);
    private final int tries = Integer.getInteger("fuzz.tries", 6);
    private final Random random = new Random(seed);
    private final Map<String, String> realIds = new LinkedHashMap<>();
    private String memberToken;
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    /** How rarely this request's values are made extreme: 1 in this many, or never where 0. */
    private int extremeOneIn;

    @Test
    void noOperationAnswers5xxOrRefusesWithoutProblemJsonOrWritesWhenItRefuses() throws Exception {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Fuzz Graving AS");
        UUID site = api.createSite(company, "Fuzz-tomta", 10.4, 63.43);
        memberToken = api.memberToken(company);
        realIds.put("/companies", company.toString());
        realIds.put("/sites", site.toString());
        realIds.put("/supplies", api.createSupply(site, "CLAY", 1, 900).toString());
        realIds.put("/demands", api.createDemand(site, List.of("CLAY"), 2, 700).toString());
        realIds.put("/materials", "CLAY");
        JsonNode document = JSON.readTree(client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody());
        WebTestClient fuzzClient = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();

        List<String> failures = new ArrayList<>();
        int requests = 0;
        try (Connection database = DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword)) {
            String countAll = countAllRows(database);
            for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    if (streams(operation.getValue())) {
                        continue;
                    }
                    for (int attempt = 0; attempt < tries; attempt++) {
                        String before = counts(database, countAll);
                        String failure = send(fuzzClient, document, path.getKey(), operation.getKey(),
                                operation.getValue(), database, countAll, before);
                        requests++;
                        if (failure != null) {
                            failures.add(failure);
                        }
                    }
                }
            }
        }
        System.out.printf("ApiFuzzTest: %d requests (by status %s), seed %d, %d failures%n", requests, statuses, seed,
                failures.size());
        assertThat(requests).isGreaterThan(100);
        assertThat(failures).as("seed " + seed).isEmpty();
    }

    /** Sends one fuzzed request; returns what went wrong, or null. */
    private String send(WebTestClient fuzzClient, JsonNode document, String pathTemplate, String method,
                        JsonNode operation, Connection database, String countAll, String before) throws SQLException {
        extremeOneIn = pick(List.of(0, 0, 30, 8));
        StringBuilder uri = new StringBuilder(fillPath(pathTemplate));
        char separator = '?';
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asString().equals("query") && random.nextInt(3) == 0) {
                JsonNode value = value(document, parameter.path("schema"), 0);
                String text = value.isString() ? value.asString() : value.toString();
                uri.append(separator).append(parameter.get("name").asString()).append('=')
                        .append(UriUtils.encodeQueryParam(text, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        String token = random.nextInt(4) == 0 ? memberToken : TestApi.ADMIN_TOKEN;
        WebTestClient.RequestBodySpec request = fuzzClient.method(HttpMethod.valueOf(method.toUpperCase()))
                .uri(URI.create("http://127.0.0.1:" + port + uri))
                .header("Authorization", "Bearer " + token)
                .header("Accept", random.nextInt(5) == 0 ? "application/geo+json" : "application/json, */*");
        String body = null;
        JsonNode content = operation.path("requestBody").path("content");
        if (!content.isMissingNode() && content.size() > 0) {
            String contentType = content.propertyNames().iterator().next();
            body = body(document, content.get(contentType).path("schema"));
            request.contentType(MediaType.parseMediaType(contentType)).bodyValue(body);
        }
        EntityExchangeResult<byte[]> result = request.exchange().expectBody(byte[].class).returnResult();
        int status = result.getStatus().value();
        statuses.merge(status, 1, Integer::sum);
        String answer = result.getResponseBody() == null ? ""
                : new String(result.getResponseBody(), StandardCharsets.UTF_8);
        String what = method.toUpperCase() + " " + abbreviate(uri.toString()) + (body == null ? ""
                : " " + abbreviate(body)) + " -> " + status + " " + abbreviate(answer);
        if (status >= 500) {
            return "5xx: " + what;
        }
        if (status >= 400) {
            MediaType type = result.getResponseHeaders().getContentType();
            if (type == null || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
                return "refusal without problem+json (" + type + "): " + what;
            }
            String after = counts(database, countAll);
            if (!after.equals(before)) {
                return "refusal changed row counts " + before + " -> " + after + ": " + what;
            }
        }
        return null;
    }

    private static boolean streams(JsonNode operation) {
        return operation.path("responses").toString().contains("text/event-stream");
    }

    /** The path with each {parameter} an id that exists (where the test made one), a random one, or not an id. */
    private String fillPath(String template) {
        StringBuilder path = new StringBuilder();
        for (String segment : template.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            path.append('/');
            if (segment.startsWith("{")) {
                String resource = path.substring(path.lastIndexOf("/", path.length() - 2), path.length() - 1);
                String value = switch (random.nextInt(5)) {
                    case 0, 1, 2 -> realIds.getOrDefault(resource, UUID.randomUUID().toString());
                    case 3 -> UUID.randomUUID().toString();
                    default -> pick(BAD_IDS);
                };
                path.append(UriUtils.encodePathSegment(value, StandardCharsets.UTF_8));
            } else {
                path.append(segment);
            }
        }
        return path.toString();
    }

    /** A request body: mostly JSON from the schema with some values made extreme, sometimes not JSON at all. */
    private String body(JsonNode document, JsonNode schema) {
        return switch (random.nextInt(12)) {
            case 0 -> pick(List.of("", "{", "null", "[]", "\"text\"", "42", "{\"a\":", "\u0000", "{}}"));
            case 1 -> "[".repeat(5_000) + "]".repeat(5_000);
            default -> value(document, schema, 0).toString();
        };
    }

    private JsonNode value(JsonNode document, JsonNode schema, int depth) {
        JsonNode resolved = resolve(document, schema);
        if ((extremeOneIn > 0 && random.nextInt(extremeOneIn) == 0) || depth > 6) {
            return extreme();
        }
        if (resolved.has("enum")) {
            return resolved.get("enum").get(random.nextInt(resolved.get("enum").size()));
        }
        String type = resolved.path("type").asString(resolved.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
                    if (random.nextInt(8) > 0) {
                        object.set(property.getKey(), realistic(property.getKey())
                                .orElseGet(() -> value(document, property.getValue(), depth + 1)));
                    }
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    array.add(value(document, resolved.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(pick(List.of(1, 2, 5, 0, -1, 100)));
            case "number" -> NODES.numberNode(pick(List.of(1.5, 10.4, 63.4, 0.0, -3.0, 800.0)));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.stringNode(text(resolved.path("format").asString("")));
        };
    }

    /** For fields the service checks against its data (ids, codes, units), a value it accepts, most of the time. */
    private Optional<JsonNode> realistic(String property) {
        if ((extremeOneIn > 0 && random.nextInt(extremeOneIn) == 0) || random.nextInt(4) == 0) {
            return Optional.empty();
        }
        String text = switch (property) {
            case "siteId" -> realIds.get("/sites");
            case "companyId" -> realIds.get("/companies");
            case "material" -> "CLAY";
            case "orgNumber" -> TestApi.nextOrgNumber();
            case "contactEmail" -> "post@fuzz.no";
            case "unit" -> pick(List.of("t", "m3_solid", "m3_loose"));
            case "kind" -> "ONE_OFF";
            case "role" -> pick(List.of("MEMBER", "PLANNER"));
            case "type" -> pick(List.of("DISPOSAL", "VIRGIN_SOURCE", "STORAGE_HUB", "Point", "Polygon"));
            default -> null;
        };
        return Optional.ofNullable(text).map(NODES::stringNode);
    }

    private String text(String format) {
        return switch (format) {
            case "uuid" -> random.nextBoolean() ? pick(new ArrayList<>(realIds.values()))
                    : UUID.randomUUID().toString();
            case "date" -> pick(List.of("2027-03-01", "2027-12-31", "2026-01-01"));
            case "date-time" -> "2027-03-01T10:00:00Z";
            default -> pick(List.of("Fuzz", "CLAY", "t", "Trondheim", "ONE_OFF", "17 05 04"));
        };
    }

    private JsonNode extreme() {
        return switch (random.nextInt(4)) {
            case 0 -> NODES.stringNode(pick(BAD_TEXT));
            case 1 -> NODES.numberNode(pick(List.of(1e308, -1e308, 4.9e-324, 1e15, -1.0, 0.0)));
            case 2 -> NODES.numberNode(pick(List.of(Long.MAX_VALUE, Long.MIN_VALUE, (long) Integer.MAX_VALUE + 1)));
            default -> pick(List.of(NODES.nullNode(), NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode(),
                    NODES.arrayNode().add(NODES.arrayNode().add(NODES.stringNode("\u0000")))));
        };
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String name = current.get("$ref").asString().substring("#/components/schemas/".length());
            current = document.path("components").path("schemas").path(name);
        }
        if (current.has("oneOf") || current.has("anyOf")) {
            JsonNode options = current.has("oneOf") ? current.get("oneOf") : current.get("anyOf");
            return resolve(document, options.get(0));
        }
        return current;
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String abbreviate(String text) {
        String printable = text.replace("\u0000", "\\u0000");
        return printable.length() <= 300 ? printable : printable.substring(0, 300) + "...";
    }

    /** One statement that counts the rows of every table of the schema. */
    private static String countAllRows(Connection database) throws SQLException {
        List<String> counts = new ArrayList<>();
        try (var tables = database.createStatement().executeQuery(
                "select quote_ident(tablename) from pg_tables where schemaname = 'public' order by 1")) {
            while (tables.next()) {
                counts.add("'" + tables.getString(1) + "=' || (select count(*) from " + tables.getString(1) + ")");
            }
        }
        return "select " + String.join(" || ' ' || ", counts);
    }

    private static String counts(Connection database, String countAll) throws SQLException {
        try (var result = database.createStatement().executeQuery(countAll)) {
            result.next();
            return result.getString(1);
        }
    }
}
