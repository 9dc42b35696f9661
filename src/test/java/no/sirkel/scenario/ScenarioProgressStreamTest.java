package no.sirkel.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/**
 * The event stream while a scenario solves: a {@code progress} tick at least once a second with the clock against
 * the limit, the best cost and the bound, even though this small market's best plan is found at once.
 */
@IntegrationTest
class ScenarioProgressStreamTest {

    private static final int LIMIT_SECONDS = 4;

    @Autowired
    WebTestClient client;

    @Test
    void theStreamTicksAtLeastOnceASecondWithElapsedTimeAgainstTheLimitWhileSolving() {
        TestApi api = new TestApi(client.mutate().responseTimeout(Duration.ofSeconds(60)).build());
        String planner = api.plannerToken();
        double lon = 5.2;
        double lat = 59.4;
        UUID digger = api.createCompany("Tikk Graving AS");
        UUID builder = api.createCompany("Takk Bygg AS");
        api.createSupply(api.createSite(digger, "Grop", lon + 0.05, lat + 0.05), "CLAY", 1, 5000);
        api.createDemand(api.createSite(builder, "Fylling", lon + 0.15, lat + 0.15), List.of("CLAY"), 2, 3000);
        Map<?, ?> created = api.as(planner).post().uri("/api/v1/scenarios").bodyValue(Map.of(
                        "name", "ticks", "horizon", Map.of("from", "2027-01-01", "to", "2027-12-31"),
                        "region", Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(lon, lat),
                                List.of(lon + 0.2, lat), List.of(lon + 0.2, lat + 0.2), List.of(lon, lat + 0.2),
                                List.of(lon, lat)))),
                        "periodLength", "HORIZON", "useHubs", false, "seconds", LIMIT_SECONDS))
                .exchange().expectStatus().isAccepted().expectBody(Map.class).returnResult().getResponseBody();
        UUID scenario = UUID.fromString((String) created.get("id"));

        List<Long> arrivals = new ArrayList<>();
        List<JsonNode> ticks = new ArrayList<>();
        Flux<ServerSentEvent<JsonNode>> stream = api.as(planner).get().uri("/api/v1/scenarios/{id}/events", scenario)
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<JsonNode>>() { }).getResponseBody();
        StepVerifier.create(stream.doOnNext(event -> {
                    if ("progress".equals(event.event())) {
                        arrivals.add(System.nanoTime());
                        ticks.add(event.data().path("tick"));
                    }
                }).filter(event -> "status".equals(event.event())).map(event -> event.data().path("status").asString()))
                .thenConsumeWhile(status -> !status.equals("SOLVED"))
                .expectNext("SOLVED")
                .expectComplete()
                .verify(Duration.ofSeconds(60));

        assertThat(ticks).as("ticks over a %d s solve", LIMIT_SECONDS).hasSizeGreaterThanOrEqualTo(LIMIT_SECONDS);
        for (int i = 1; i < arrivals.size(); i++) {
            assertThat(Duration.ofNanos(arrivals.get(i) - arrivals.get(i - 1))).as("gap before tick %d", i)
                    .isLessThanOrEqualTo(Duration.ofSeconds(1));
            assertThat(ticks.get(i).path("elapsedSeconds").asDouble())
                    .isGreaterThanOrEqualTo(ticks.get(i - 1).path("elapsedSeconds").asDouble());
        }
        JsonNode last = ticks.get(ticks.size() - 1);
        assertThat(last.path("limitSeconds").asInt()).isEqualTo(LIMIT_SECONDS);
        assertThat(last.path("elapsedSeconds").asDouble()).isGreaterThan(LIMIT_SECONDS / 2.0)
                .isLessThanOrEqualTo(LIMIT_SECONDS);
        assertThat(last.path("bestCost").asDouble()).isPositive();
        assertThat(last.path("lowerBound").isNumber()).isTrue();
        assertThat(last.path("phase").asString()).isNotBlank().isNotEqualTo("preparing");
    }
}
