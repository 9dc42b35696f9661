package no.sirkel.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). Operations, parameters
 * and fields are described where they are declared (controllers and records); this adds what every operation shares:
 * the bearer token (every call needs one but reading the materials catalogue, the open indicators and the OGC landing
 * page and conformance), the problem+json refusals each kind of operation can answer, and the parameters and headers
 * of the web kernel (paging, bbox, CRS, versions, content negotiation).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String MERGE_PATCH_JSON = "application/merge-patch+json";
    /** Paths whose GET, and whose sub-paths' GETs, need no token: the materials catalogue and the open indicators. */
    private static final List<String> PUBLIC_READS = List.of("/api/v1/materials", "/api/v1/indicators");
    /** Single paths whose GET needs no token: the OGC API landing page and conformance. */
    private static final List<String> PUBLIC_PAGES = List.of("/ogc", "/ogc/", "/ogc/conformance");

    /** The web kernel's parameters and headers, described once for every operation that takes them. */
    private static final Map<String, String> SHARED_PARAMETERS = Map.ofEntries(
            Map.entry(Cursor.PARAMETER, "Where the page starts: the `next` of the previous page (opaque); leave out"
                    + " for the first page"),
            Map.entry(Paging.LIMIT, "Items per page: a whole number from 1 to the list's maximum"),
            Map.entry(BoundingBoxParameter.NAME, "Area filter minLon,minLat,maxLon,maxLat in WGS84 degrees (GeoJSON"
                    + " order); with `bbox-crs` also in EPSG:4326, 25832 or 25833"),
            Map.entry("crs", "The CRS of the coordinates in the answer: CRS84 (default, WGS84 longitude, latitude in"
                    + " degrees), EPSG:4326 (latitude, longitude) or EPSG:25832/25833 (EUREF89 UTM easting, northing"
                    + " in metres), as an OGC URI such as http://www.opengis.net/def/crs/EPSG/0/25832"),
            Map.entry("bbox-crs", "The CRS `bbox` is written in (CRS84 by default; EPSG:4326, 25832 or 25833 as OGC"
                    + " URI)"),
            Map.entry("Content-Crs", "The CRS of the coordinates in the body: CRS84 by default (WGS84 longitude,"
                    + " latitude), or <http://www.opengis.net/def/crs/EPSG/0/25832> (or 25833, easting and northing"
                    + " in metres; or 4326, latitude first)"),
            Map.entry(HttpHeaders.IF_MATCH, "Entity tag \"<version>\" of the version the write applies to (412 where"
                    + " another version is current); without it the write applies to the current version"),
            Map.entry(HttpHeaders.IF_NONE_MATCH, "Entity tag \"<version>\" the caller holds: 304 without a body where"
                    + " it is still current"),
            Map.entry(HttpHeaders.ACCEPT, "The representation wanted, of those the operation lists (JSON by"
                    + " default)"),
            Map.entry(HttpHeaders.ACCEPT_LANGUAGE, "The reader's language, nb (also nn, no) or en, for names,"
                    + " headings and refusals"),
            Map.entry(HttpHeaders.CONTENT_TYPE, "The media type of the body"));

    /**
     * The optimizer's records the API shows as they are (the optimizer stays free of springdoc, so they are described
     * here): schema name, then the schema's own description and each field's.
     */
    private static final Map<String, Map<String, String>> OPTIMIZER_SCHEMAS = Map.of(
            "Progress", Map.of(
                    "", "A new best plan during a solve; costs in the objective's unit (NOK for COST)",
                    "elapsedSeconds", "Wall-clock seconds since the solve began",
                    "phase", "What found it: greedy, relaxation, slope-scaling, basis-search or local-search",
                    "bestCost", "Exact cost of the best plan so far, NOK for the COST objective",
                    "lowerBound", "Proven lower bound on every plan's cost, in the same unit",
                    "gapPercent", "100 × (bestCost − lowerBound) / lowerBound, %; NaN where the bound is 0 and the"
                            + " cost is not"),
            "Unmatched", Map.of(
                    "", "A listing the plan leaves wholly or partly unmatched, and why",
                    "id", "The supply's or demand's id",
                    "side", "SUPPLY or DEMAND",
                    "tonnes", "The listing's tonnes in the problem (with periods: released or needed within the"
                            + " horizon), t",
                    "unmatchedTonnes", "What the plan sends to no counterpart: to landfill, from a quarry, or"
                            + " nowhere, t",
                    "reason", "Why the remainder found no counterpart: the first rule that rules out every"
                            + " counterpart, or that they were taken or not worth it against landfill and quarry",
                    "penaltyTonnes", "Of the unmatched tonnes, those that go to no landfill or come from no quarry"
                            + " and pay the penalty, t",
                    "outletReason", "Why those tonnes pay the penalty: no landfill or quarry for them, their"
                            + " capacity used, or a dearer outlet than the penalty (PLANNED); null where none do"),
            "StockLevel", Map.of(
                    "", "A hub's stock at the end of one period",
                    "period", "First day of the period whose end the stock is measured at, ISO yyyy-mm-dd",
                    "tonnes", "The stock, all materials together, t"),
            "HubProcess", Map.of(
                    "", "Processing a storage hub applies on the way in, such as crushing blasted rock into"
                            + " aggregate",
                    "from", "Material code taken in",
                    "to", "Material code stored (not the same as from)",
                    "feePerTonne", "NOK per tonne processed (0 or more), on top of the hub's handling fee"));

    static {
        // A JSON tree the controllers read (a merge patch, a GeoJSON region) is free JSON, not Jackson's node API.
        SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new ObjectSchema());
    }

    @Bean
    OpenAPI sirkelOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Sirkel API")
                        .version("v1")
                        .description("""
                                Matches surplus materials (excavated masses, industrial by-products) with the \
                                companies that need them in the Trondheim region. Quantities are tonnes unless a unit \
                                is given, money NOK ex VAT, distances road km, CO2 kg; coordinates WGS84 (GeoJSON: \
                                longitude first) unless a CRS is named; dates ISO yyyy-mm-dd, instants ISO 8601 UTC. \
                                Refusals are RFC 9457 problem+json naming the fields at fault, in the language of \
                                Accept-Language (en by default, or nb). Every call but reading the materials \
                                catalogue, the open indicators and the OGC landing page needs an Authorization: \
                                Bearer token (roles ADMIN, PLANNER, MEMBER)."""))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("A token issued by POST /api/v1/tokens, or the admin token (SIRKEL_ADMIN_TOKEN)")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Marks the public reads as open to anyone, as the service treats them, then documents every refusal. */
    @Bean
    OpenApiCustomizer sharedAnswers() {
        return openApi -> {
            openApi.getPaths().forEach((path, item) -> {
                boolean open = PUBLIC_PAGES.contains(path)
                        || PUBLIC_READS.stream().anyMatch(root -> path.equals(root) || path.startsWith(root + "/"));
                if (open && item.getGet() != null) {
                    item.getGet().setSecurity(List.of());
                }
                showMergePatchesAsTheirResource(item);
                item.readOperationsMap().forEach((method, operation) -> {
                    describeSharedParameters(operation);
                    addRefusals(path, method, operation);
                });
            });
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            describeOptimizerSchemas(openApi.getComponents().getSchemas());
        };
    }

    private static void describeOptimizerSchemas(Map<String, Schema> schemas) {
        OPTIMIZER_SCHEMAS.forEach((name, descriptions) -> {
            Schema<?> schema = schemas.get(name);
            if (schema == null) {
                return;
            }
            schema.setDescription(descriptions.get(""));
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((field, property) -> property.setDescription(descriptions.get(field)));
            }
        });
    }

    /**
     * A JSON merge patch (RFC 7386) is written in the shape of the resource PUT replaces, every field optional; the
     * controller reads it as a JSON tree, so its body shows the PUT body's schema instead of the tree's internals.
     */
    private static void showMergePatchesAsTheirResource(PathItem item) {
        if (item.getPatch() == null || item.getPatch().getRequestBody() == null || item.getPut() == null
                || item.getPut().getRequestBody() == null) {
            return;
        }
        MediaType patch = item.getPatch().getRequestBody().getContent().get(MERGE_PATCH_JSON);
        Schema<?> resource = item.getPut().getRequestBody().getContent().values().iterator().next().getSchema();
        if (patch != null && resource != null) {
            patch.setSchema(new Schema<>().$ref(resource.get$ref()));
        }
    }

    private static void describeSharedParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            String shared = SHARED_PARAMETERS.get(parameter.getName());
            if (shared != null && (parameter.getDescription() == null || parameter.getDescription().isBlank())) {
                parameter.setDescription(shared);
            }
        }
    }

    /**
     * The refusals an operation can answer by what it takes: 400 for parameters and bodies that cannot be read, 401
     * and 403 where it needs a token, 404 for a path naming a resource, 406 for an Accept it cannot serve, 412 with
     * If-Match, 413, 415 and 422 for bodies; answers the controller declares itself (409, ...) keep their text. Every
     * 4xx and 5xx answer is problem+json.
     */
    private static void addRefusals(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean body = operation.getRequestBody() != null;
        Map<String, String> refusals = new LinkedHashMap<>();
        if (parameters || body) {
            refusals.put("400", "The request cannot be read: a malformed body, query parameter or header, named in"
                    + " `field`");
        }
        if (secured) {
            refusals.put("401", "No bearer token, or one that is unknown, revoked or expired");
            refusals.put("403", "The token's role may not make this call, or the data belongs to another company");
        }
        if (path.contains("{")) {
            refusals.put("404", "No such resource, or one the caller may not see");
        }
        refusals.put("406", "None of the media types the Accept header names can be given");
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> HttpHeaders.IF_MATCH.equals(parameter.getName()))) {
            refusals.put("412", "If-Match names another version than the current one; nothing was written");
        }
        if (body) {
            refusals.put("413", "The body is larger than the service accepts");
            refusals.put("415", "The body's Content-Type is not one this call takes");
            if (method != PathItem.HttpMethod.GET) {
                refusals.put("422", "A field breaks a rule: `errors` names every field at fault; nothing was"
                        + " written");
            }
        }
        refusals.forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, new ApiResponse().description(description));
            }
        });
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
            }
        });
    }

    /** RFC 9457 problem details as {@link Problems} writes them. */
    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .description("One field at fault")
                .addProperty("field", new StringSchema().description("The field: a JSON path into the body such as"
                        + " quantity.amount or accepts[1], or the name of a query parameter or header"))
                .addProperty("message", new StringSchema().description("What is wrong with it, in the language"
                        + " of Accept-Language"));
        return new ObjectSchema()
                .description("An RFC 9457 problem: why the request was refused, in the language of Accept-Language"
                        + " (en by default, or nb)")
                .addProperty("type", new StringSchema().description("The problem type URI: about:blank (the"
                        + " status says it all)"))
                .addProperty("title", new StringSchema().description("Short summary of the kind of refusal"))
                .addProperty("status", new IntegerSchema().description("The HTTP status code"))
                .addProperty("detail", new StringSchema().description("What exactly was wrong with this request"))
                .addProperty("instance", new StringSchema().description("The path of the refused request"))
                .addProperty("field", new StringSchema().description("The first field at fault, where input was"
                        + " at fault"))
                .addProperty("errors", new ArraySchema().items(fieldError).description("Every field at fault at"
                        + " once, where input was at fault"));
    }
}
