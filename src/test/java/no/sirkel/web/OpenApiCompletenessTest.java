package no.sirkel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Walks the OpenAPI document the running service serves and names everything a client would find undocumented, so
 * that a new operation, parameter or field cannot slip in without its description.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiCompletenessTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    /** The main writes, whose request bodies must show an example: method and path. */
    private static final List<String> EXAMPLE_BODIES = List.of("post /api/v1/supplies", "post /api/v1/demands",
            "post /api/v1/sites", "post /api/v1/scenarios", "post /api/v1/imports", "post /api/v1/companies",
            "post /api/v1/facilities");

    @Autowired
    WebTestClient client;
    @Autowired
    ObjectMapper json;

    private JsonNode document;

    @BeforeAll
    void readTheDocument() {
        String body = client.mutate().responseTimeout(Duration.ofMinutes(1)).build()
                .get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        document = json.readTree(body);
    }

    @Test
    void everyOperationHasASummaryADescriptionAndDescribedParameters() {
        List<String> missing = new ArrayList<>();
        forEachOperation((name, operation) -> {
            if (blank(operation.path("summary"))) {
                missing.add(name + ": summary");
            }
            if (blank(operation.path("description"))) {
                missing.add(name + ": description");
            }
            for (JsonNode parameter : operation.path("parameters")) {
                JsonNode resolved = resolve(parameter);
                if (blank(resolved.path("description"))) {
                    missing.add(name + ": parameter " + resolved.path("name").asString());
                }
            }
        });
        assertThat(missing).as("undocumented operations and parameters").isEmpty();
    }

    @Test
    void noOperationTakesItsQueryAsOneObject() {
        List<String> objects = new ArrayList<>();
        forEachOperation((name, operation) -> {
            for (JsonNode parameter : operation.path("parameters")) {
                JsonNode schema = resolve(resolve(parameter).path("schema"));
                if ("object".equals(schema.path("type").asString(null))) {
                    objects.add(name + ": " + resolve(parameter).path("name").asString());
                }
            }
        });
        assertThat(objects).as("query objects shown as one parameter").isEmpty();
    }

    @Test
    void everyOperationDocumentsItsRefusalsAsProblemJson() {
        List<String> missing = new ArrayList<>();
        forEachOperation((name, operation) -> {
            boolean documented = false;
            for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                if (response.getKey().startsWith("4")) {
                    JsonNode problem = resolve(response.getValue()).path("content").path("application/problem+json");
                    if (!problem.path("schema").path("$ref").asString("").endsWith("/Problem")) {
                        missing.add(name + ": " + response.getKey() + " is not problem+json");
                    }
                    documented = true;
                }
            }
            if (!documented) {
                missing.add(name + ": no 4xx answer");
            }
        });
        assertThat(missing).as("refusals not documented as problem+json").isEmpty();
        JsonNode problem = document.path("components").path("schemas").path("Problem").path("properties");
        assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "instance", "field",
                "errors");
    }

    @Test
    void everySchemaPropertyIsDescribed() {
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<String, JsonNode> schema : document.path("components").path("schemas").properties()) {
            describeProperties(schema.getKey(), schema.getValue(), missing);
        }
        assertThat(missing).as("undescribed schema properties").isEmpty();
    }

    /**
     * Springdoc names a schema after the Java type's simple name and silently merges two types that share one, so each
     * of the service's documented records is resolved here as springdoc does and every schema name the document
     * holds must stand for one Java type only.
     */
    @Test
    void noTwoJavaTypesShareASchemaName() throws ClassNotFoundException {
        Map<String, Set<String>> typesByName = new TreeMap<>();
        ModelConverters converters = new ModelConverters();
        converters.addConverter((type, context, chain) -> {
            Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
            JavaType javaType = Json.mapper().constructType(type.getType());
            if (schema != null && schema.getName() != null && !javaType.isContainerType()) {
                typesByName.computeIfAbsent(schema.getName(), name -> new TreeSet<>())
                        .add(javaType.getRawClass().getName());
            }
            return schema;
        });
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) ->
                Record.class.getName().equals(reader.getClassMetadata().getSuperClassName()));
        for (BeanDefinition definition : scanner.findCandidateComponents("no.sirkel")) {
            Class<?> type = Class.forName(definition.getBeanClassName());
            boolean documented = type.isAnnotationPresent(io.swagger.v3.oas.annotations.media.Schema.class)
                    || Arrays.stream(type.getRecordComponents()).anyMatch(component -> component.getAccessor()
                    .isAnnotationPresent(io.swagger.v3.oas.annotations.media.Schema.class));
            if (documented) {
                converters.readAll(type);
            }
        }
        Collection<String> shown = document.path("components").path("schemas").propertyNames();
        Map<String, Set<String>> clashes = new TreeMap<>(typesByName);
        clashes.entrySet().removeIf(entry -> entry.getValue().size() < 2 || !shown.contains(entry.getKey()));
        assertThat(typesByName).as("schemas resolved").isNotEmpty();
        assertThat(clashes).as("schema names shared by several Java types").isEmpty();
    }

    @Test
    void theMainRequestsShowAnExample() {
        List<String> missing = new ArrayList<>();
        for (String call : EXAMPLE_BODIES) {
            String[] methodAndPath = call.split(" ");
            JsonNode body = resolve(document.path("paths").path(methodAndPath[1]).path(methodAndPath[0])
                    .path("requestBody"));
            boolean example = false;
            for (JsonNode content : body.path("content")) {
                example |= !content.path("example").isMissingNode() || !content.path("examples").isMissingNode()
                        || !resolve(content.path("schema")).path("example").isMissingNode();
            }
            if (!example) {
                missing.add(call);
            }
        }
        assertThat(missing).as("main requests without an example").isEmpty();
    }

    private void describeProperties(String where, JsonNode schema, Set<String> missing) {
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            JsonNode value = property.getValue();
            boolean described = !blank(value.path("description"))
                    || (value.has("$ref") && !blank(resolve(value).path("description")))
                    || hasDescribedPart(value.path("allOf")) || hasDescribedPart(value.path("oneOf"));
            if (!described) {
                missing.add(where + "." + property.getKey());
            }
        }
        for (String composed : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode part : schema.path(composed)) {
                describeProperties(where, part, missing);
            }
        }
    }

    private boolean hasDescribedPart(JsonNode parts) {
        for (JsonNode part : parts) {
            if (!blank(part.path("description")) || !blank(resolve(part).path("description"))) {
                return true;
            }
        }
        return false;
    }

    private void forEachOperation(java.util.function.BiConsumer<String, JsonNode> action) {
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    action.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
                }
            }
        }
    }

    /** The node a {@code $ref} points to within the document; the node itself where it is no reference. */
    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asString(null);
        if (ref == null || !ref.startsWith("#/")) {
            return node;
        }
        JsonNode target = document;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }

    private static boolean blank(JsonNode text) {
        return text.isMissingNode() || text.isNull() || text.asString("").isBlank();
    }
}
