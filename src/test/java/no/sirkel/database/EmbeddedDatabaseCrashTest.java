package no.sirkel.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nothing the service acknowledged is lost in a crash. The service runs in a child JVM (its main class, on this test
 * classpath) on a durable embedded database of its own; eight clients create supplies and keep every id answered with
 * 201; mid-load the JVM is killed with SIGKILL, in later rounds together with the postmaster and its backends. After
 * every restart each acknowledged supply is there. The first round leaves the postmaster running, as a killed JVM
 * does, so that the next start has to shut that orphan down first.
 */
class EmbeddedDatabaseCrashTest {

    private static final int ROUNDS = 3;
    private static final int CLIENTS = 8;
    private static final String ADMIN_TOKEN = "sk_crash_test_admin";
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everySupplyAcknowledgedBeforeAKillIsThereAfterRestart() throws Exception {
        Path dataDirectory = Files.createTempDirectory(Path.of("target"), "crash-test-");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        String siteId = null;
        for (int round = 0; round < ROUNDS; round++) {
            Child child = Child.start(dataDirectory);
            try {
                assertThat(storedSupplies(child.base())).as("after restart %d", round).containsAll(acknowledged);
                if (siteId == null) {
                    siteId = createSite(child.base());
                }
                createUntilKilled(child, siteId, acknowledged, round > 0);
            } finally {
                child.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        Child last = Child.start(dataDirectory);
        try {
            assertThat(acknowledged).as("supplies acknowledged over all rounds").hasSizeGreaterThan(ROUNDS * 20);
            assertThat(storedSupplies(last.base())).containsAll(acknowledged);
        } finally {
            last.process().destroy();
            last.process().waitFor(60, TimeUnit.SECONDS);
        }
    }

    /** Creates supplies from {@value #CLIENTS} clients until, 1.5 to 3 s in, the service is killed. */
    private void createUntilKilled(Child child, String siteId, Set<String> acknowledged, boolean killPostgres)
            throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        String body = """
                {"siteId":"%s","material":"CLAY","contaminationClass":1,"quantity":{"amount":12.5,"unit":"t"},
                 "kind":"ONE_OFF"}""".formatted(siteId);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> {
                while (!killed.get()) {
                    try {
                        HttpResponse<String> response = http.send(request(child.base(), "/api/v1/supplies")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            acknowledged.add(JSON.readTree(response.body()).get("id").asString());
                        }
                    } catch (IOException refusedOrCut) {
                        // the service is gone: only answers that arrived count
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        Thread.sleep(ThreadLocalRandom.current().nextLong(1_500, 3_000));
        List<ProcessHandle> postgres = killPostgres ? postmasterAndBackends(child.dataDirectory()) : List.of();
        postgres.forEach(ProcessHandle::destroyForcibly);
        child.process().destroyForcibly();
        killed.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        for (ProcessHandle process : postgres) {
            process.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    private static List<ProcessHandle> postmasterAndBackends(Path dataDirectory) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postgres/postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        return Stream.concat(Stream.of(postmaster), postmaster.descendants()).toList();
    }

    private String createSite(URI base) throws Exception {
        String company = post(base, "/api/v1/companies",
                "{\"name\":\"Krasj AS\",\"orgNumber\":\"974760673\",\"contactEmail\":\"post@krasj.no\"}");
        return post(base, "/api/v1/sites", """
                {"companyId":"%s","name":"Krasjtomta","municipality":"Trondheim",
                 "location":{"type":"Point","coordinates":[10.39,63.43]}}""".formatted(company));
    }

    private String post(URI base, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(request(base, path).POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asString();
    }

    /** Every supply's id, read a page of 1,000 at a time. */
    private Set<String> storedSupplies(URI base) throws Exception {
        Set<String> ids = new HashSet<>();
        String cursor = null;
        do {
            String path = "/api/v1/supplies?limit=1000" + (cursor == null ? "" : "&cursor=" + cursor);
            HttpResponse<String> response = http.send(request(base, path).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode page = JSON.readTree(response.body());
            page.get("items").forEach(item -> ids.add(item.get("id").asString()));
            cursor = page.hasNonNull("next") ? page.get("next").asString() : null;
        } while (cursor != null);
        return ids;
    }

    private static HttpRequest.Builder request(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", "application/json");
    }

    /** The service in a JVM of its own on a free port, durable, logging to {@code service-N.log} in its data dir. */
    private record Child(Process process, URI base, Path dataDirectory) {

        static Child start(Path dataDirectory) throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            ProcessBuilder builder = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                    "-Xmx512m", "-cp", System.getProperty("java.class.path"), "no.sirkel.SirkelApplication")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDirectory.resolve("service.log").toFile()));
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(name -> name.startsWith("SIRKEL_") || name.startsWith("SPRING_"));
            environment.put("PORT", Integer.toString(port));
            environment.put("SIRKEL_DATA_DIR", dataDirectory.toString());
            environment.put("SIRKEL_DEMO", "false");
            environment.put("SIRKEL_ADMIN_TOKEN", ADMIN_TOKEN);
            Child child = new Child(builder.start(), URI.create("http://127.0.0.1:" + port), dataDirectory);
            child.awaitReady();
            return child;
        }

        private void awaitReady() throws Exception {
            HttpClient probe = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
            while (System.nanoTime() < deadline) {
                assertThat(process.isAlive()).as("the service is running (see service.log)").isTrue();
                try {
                    HttpResponse<Void> ready = probe.send(HttpRequest.newBuilder(base.resolve(
                            "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.discarding());
                    if (ready.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(250);
            }
            throw new AssertionError("the service was not ready within " + STARTUP_LIMIT);
        }
    }
}
