package no.sirkel.benchmark;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import no.sirkel.TestApi;
import no.sirkel.benchmark.ServiceUnderTest.CpuTime;
import no.sirkel.benchmark.SirkelClient.Answer;
import tools.jackson.databind.JsonNode;

/**
 * Load benchmark of the marketplace API, run against a real service over loopback HTTP. It sets up its own companies,
 * member tokens and sites through the API, then measures:
 * <ol>
 *   <li>after filling the database with {@code --listings} (100,000) listings through the API (40 % demands, the rest
 *       supplies), the bounding-box GeoJSON query and the candidate search, {@code --requests} (1,000) each from
 *       {@code --read-clients} (4) concurrent clients after {@code --read-warm-up-seconds} (30) of the same reads
 *       unmeasured (targets p95 &lt; 20 ms and &lt; 30 ms), and the same boxes as OGC API Features items (p95 &lt;
 *       20 ms);</li>
 *   <li>one GIS client paging through the supplies collection of OGC API Features, {@value #PAGE_FEATURES}
 *       features a page, {@code --pages} (100) pages after the reads' warm-up; target p95 &lt; 100 ms.
 *       {@code --ogc=false} leaves out both OGC measurements, for builds from before OGC API Features;</li>
 *   <li>listing creation, last, so that the reads see exactly {@code --listings}: {@code POST /api/v1/supplies} from
 *       {@code --clients} (32) concurrent clients for {@code --create-seconds} (at most {@code --create-max} creates),
 *       after {@code --create-warm-up-seconds} (20) of the same load unmeasured; target ≥ 1,500/s with p99 &lt;
 *       50 ms.</li>
 * </ol>
 * The targets are for a service that has been running (sustained throughput and response times), so every
 * measurement comes after the same work unmeasured: a fresh JVM's JIT compiler takes a quarter to a third of the CPU
 * for minutes, and the filling through the API is the creation's warm-up as much as the seconds before it. The load
 * generator reads every answer's status, and parses one area answer in {@value #FEATURES_COUNTED_EVERY} to count its
 * features, so that it takes less of the two cores it shares with the service.
 * Each measurement also gives the service's CPU time per request (its JVM and its PostgreSQL, over all cores), a
 * figure less disturbed than response times when other work shares the machine.
 * The listings sit on {@code --sites} (5,000) sites of 25 companies around the region's towns. It prints a Markdown
 * table: measurement, target, measured.
 *
 * <p>Arguments ({@code --name=value}): either {@code --base-url} and {@code --admin-token} of a running service, or
 * {@code --start-jar} (e.g. {@code target/sirkel.jar}) to start one on the embedded database in a fresh
 * {@code --data-dir} (default {@code target/load-data}), with {@code --jvm-options} for its JVM (space-separated, e.g.
 * a flight recording). The Maven profile {@code load} does the latter: {@code mvn -o -Pload verify}.
 */
public final class LoadBenchmark {

    private static final String JSON = "application/json";
    private static final String GEO_JSON = "application/geo+json";
    private static final int COMPANIES = 25;
    private static final int ID_SAMPLE = 20_000;
    private static final int PAGE_FEATURES = 1_000;
    private static final int FEATURES_COUNTED_EVERY = 10;
    private static final double AREA_TARGET_MILLIS = 20;
    private static final double PAGE_TARGET_MILLIS = 100;
    private static final double CANDIDATES_TARGET_MILLIS = 30;

    private final ServiceUnderTest service;
    private final int readWarmUpSeconds;
    private final SirkelClient client;
    private final String adminToken;
    private final RegionData data = new RegionData(2027);
    private final List<Company> companies = new ArrayList<>();
    private final List<String> supplyIds = Collections.synchronizedList(new ArrayList<>());
    private final List<String> demandIds = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger suppliesCreated = new AtomicInteger();
    private final AtomicInteger demandsCreated = new AtomicInteger();
    private final List<String> rows = new ArrayList<>();

    private record Company(String id, String token, List<String> siteIds) {
    }

    private LoadBenchmark(ServiceUnderTest service, int readWarmUpSeconds) {
        this.service = service;
        this.readWarmUpSeconds = readWarmUpSeconds;
        this.client = new SirkelClient(service.base());
        this.adminToken = service.adminToken();
    }

    public static void main(String[] arguments) throws Exception {
        Map<String, String> options = options(arguments);
        int clients = Integer.parseInt(options.getOrDefault("clients", "32"));
        int createSeconds = Integer.parseInt(options.getOrDefault("create-seconds", "30"));
        int createWarmUpSeconds = Integer.parseInt(options.getOrDefault("create-warm-up-seconds", "20"));
        int createMax = Integer.parseInt(options.getOrDefault("create-max", "100000"));
        int listings = Integer.parseInt(options.getOrDefault("listings", "100000"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "1000"));
        int readClients = Integer.parseInt(options.getOrDefault("read-clients", "4"));
        int sites = Integer.parseInt(options.getOrDefault("sites", "5000"));
        int pages = Integer.parseInt(options.getOrDefault("pages", "100"));
        boolean ogc = Boolean.parseBoolean(options.getOrDefault("ogc", "true"));
        String baseUrl = options.getOrDefault("base-url", "");
        try (ServiceUnderTest service = baseUrl.isBlank()
                ? ServiceUnderTest.start(Path.of(required(options, "start-jar")).toAbsolutePath(),
                        Path.of(options.getOrDefault("data-dir", "target/load-data")).toAbsolutePath(),
                        jvmOptions(options.getOrDefault("jvm-options", "")))
                : ServiceUnderTest.running(URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/"),
                        required(options, "admin-token"))) {
            LoadBenchmark benchmark = new LoadBenchmark(service,
                    Integer.parseInt(options.getOrDefault("read-warm-up-seconds", "30")));
            benchmark.setUp(clients, sites);
            benchmark.fill(clients, listings);
            benchmark.measureBoundingBoxQuery(readClients, requests);
            if (ogc) {
                benchmark.measureOgcBoundingBoxItems(readClients, requests);
                benchmark.measureOgcPages(pages);
            }
            benchmark.measureCandidateSearch(readClients, requests);
            benchmark.measureCreation(clients, createWarmUpSeconds, createSeconds, createMax);
            benchmark.printTable();
        }
    }

    private static Map<String, String> options(String[] arguments) {
        Map<String, String> options = new HashMap<>();
        for (String argument : arguments) {
            if (!argument.startsWith("--") || !argument.contains("=")) {
                throw new IllegalArgumentException("arguments are --name=value, got " + argument);
            }
            int equals = argument.indexOf('=');
            options.put(argument.substring(2, equals), argument.substring(equals + 1));
        }
        return options;
    }

    /** The service JVM's options, separated by spaces (e.g. {@code -XX:StartFlightRecording=filename=load.jfr}). */
    private static List<String> jvmOptions(String options) {
        return options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    // ---- set-up

    private void setUp(int threads, int sites) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < COMPANIES; i++) {
            String id = client.post("api/v1/companies", adminToken, Map.of("name", "Load benchmark company " + i,
                    "orgNumber", TestApi.nextOrgNumber(), "contactEmail", "load@example.no")).id();
            String token = client.post("api/v1/tokens", adminToken,
                            Map.of("role", "MEMBER", "companyId", id, "label", "load benchmark"))
                    .json().get("token").asString();
            companies.add(new Company(id, token, Collections.synchronizedList(new ArrayList<>())));
        }
        runClients(threads, worker -> () -> {
            for (int c = worker; c < COMPANIES; c += threads) {
                Company company = companies.get(c);
                for (int s = c; s < sites; s += COMPANIES) {
                    company.siteIds().add(client.post("api/v1/sites", company.token(),
                            data.site(company.id(), s)).id());
                }
            }
            return null;
        });
        System.out.printf(Locale.ROOT, "Set up %d companies with %d sites in %.1f s%n", COMPANIES, sites,
                seconds(start));
    }

    // ---- creation

    private void measureCreation(int clients, int warmUpSeconds, int seconds, int max) throws Exception {
        int listingsBefore = suppliesCreated.get() + demandsCreated.get();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        createFor(clients, warmUpSeconds, max, started, failed);
        long start = System.nanoTime();
        Optional<CpuTime> cpuBefore = service.cpuTime();
        Latencies all = Latencies.merge(createFor(clients, seconds, max, started, failed));
        double elapsed = seconds(start);
        double rate = all.count() / elapsed;
        boolean met = rate >= 1500 && all.percentileMillis(99) < 50;
        rows.add(String.format(Locale.ROOT,
                "| listing creation: `POST /api/v1/supplies`, %d clients, %.0f s after %d s of warm-up, from %,d "
                        + "listings | ≥ 1,500/s, p99 < 50 ms | **%,.0f/s** (%,d created, %d failed); p50 %.1f ms, "
                        + "p95 %.1f ms, **p99 %.1f ms** (%s)%s |",
                clients, elapsed, warmUpSeconds, listingsBefore, rate, all.count(), failed.get(),
                all.percentileMillis(50), all.percentileMillis(95), all.percentileMillis(99), met ? "met" : "missed",
                cpuPerRequest(cpuBefore, all.count())));
        System.out.printf(Locale.ROOT, "Created %,d supplies in %.1f s after %d s of warm-up%n", all.count(), elapsed,
                warmUpSeconds);
    }

    /** Creates supplies from {@code clients} concurrent clients for {@code seconds}; each client's latencies. */
    private List<Latencies> createFor(int clients, int seconds, int max, AtomicInteger started, AtomicInteger failed)
            throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        return runClients(clients, worker -> () -> {
            Latencies latencies = new Latencies();
            while (System.nanoTime() < deadline && started.incrementAndGet() <= max) {
                if (createListing(true, worker, latencies) == null) {
                    failed.incrementAndGet();
                }
            }
            return latencies;
        });
    }

    /** Creates a supply or demand at a random site of the client's company; its id, or null where refused. */
    private String createListing(boolean supply, int worker, Latencies latencies) {
        Company company = companies.get(worker % companies.size());
        String siteId = company.siteIds().get(data.nextInt(company.siteIds().size()));
        Answer answer = supply
                ? client.post("api/v1/supplies", company.token(), data.supply(siteId))
                : client.post("api/v1/demands", company.token(), data.demand(siteId));
        if (!answer.ok()) {
            System.err.println("refused: HTTP " + answer.status() + " site " + siteId + " " + answer.body());
            return null;
        }
        latencies.record(answer.nanos());
        String id = answer.id();
        (supply ? suppliesCreated : demandsCreated).incrementAndGet();
        List<String> sample = supply ? supplyIds : demandIds;
        if (sample.size() < ID_SAMPLE) {
            sample.add(id);
        }
        return id;
    }

    // ---- bulk load

    /** Creates {@code listings} listings through the API, 40 % of them demands, from {@code clients} clients. */
    private void fill(int clients, int listings) throws Exception {
        int demandsWanted = listings * 2 / 5;
        int suppliesWanted = listings - demandsWanted;
        AtomicInteger supplyTickets = new AtomicInteger(suppliesWanted);
        AtomicInteger demandTickets = new AtomicInteger(demandsWanted);
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        runClients(clients, worker -> () -> {
            Latencies unused = new Latencies();
            while (true) {
                boolean supply = supplyTickets.getAndDecrement() > 0;
                if (!supply && demandTickets.getAndDecrement() <= 0) {
                    return null;
                }
                if (createListing(supply, worker, unused) == null) {
                    failed.incrementAndGet();
                }
            }
        });
        System.out.printf(Locale.ROOT, "Bulk-loaded %,d supplies and %,d demands through the API in %.1f s "
                        + "(%d failed): %,d supplies and %,d demands in all%n", suppliesWanted, demandsWanted,
                seconds(start), failed.get(), suppliesCreated.get(), demandsCreated.get());
    }

    // ---- reads

    private void measureBoundingBoxQuery(int clients, int requests) throws Exception {
        measureFeatures("bounding-box GeoJSON: `GET /api/v1/supplies?bbox=` (2-6 km boxes about Trondheim-region "
                + "places), `Accept: application/geo+json`", clients, requests, AREA_TARGET_MILLIS,
                () -> "api/v1/supplies?bbox=" + data.bbox());
    }

    private void measureOgcBoundingBoxItems(int clients, int requests) throws Exception {
        measureFeatures("OGC API Features items: `GET /ogc/collections/supplies/items?bbox=&limit=100` (the same "
                + "boxes)", clients, requests, AREA_TARGET_MILLIS,
                () -> "ogc/collections/supplies/items?limit=100&bbox=" + data.bbox());
    }

    /**
     * A GIS client reading the whole supplies collection: one client follows the items' {@code next} links, 1,000
     * features a page, starting over after the last page, for {@code pages} pages after the reads' warm-up.
     */
    private void measureOgcPages(int pages) throws Exception {
        String first = "ogc/collections/supplies/items?limit=" + PAGE_FEATURES;
        String[] next = {first};
        measureFeatures("OGC API Features pages of " + PAGE_FEATURES + ": `GET /ogc/collections/supplies/items?limit="
                + PAGE_FEATURES + "` following `next` links through the collection", 1, pages, PAGE_TARGET_MILLIS,
                () -> next[0], 1, answer -> {
                    String link = null;
                    for (JsonNode candidate : answer.get("links")) {
                        if ("next".equals(candidate.get("rel").asString())) {
                            link = candidate.get("href").asString();
                        }
                    }
                    next[0] = link == null ? first : link.substring(link.indexOf("ogc/collections/"));
                });
    }

    private void measureFeatures(String measurement, int clients, int requests, double targetMillis,
                                 Supplier<String> path) throws Exception {
        measureFeatures(measurement, clients, requests, targetMillis, path, FEATURES_COUNTED_EVERY, answer -> { });
    }

    /**
     * Times GeoJSON reads of {@code path}, counting the features of one answer in {@code parseEvery} and handing each
     * answer it parses to {@code followUp}.
     */
    private void measureFeatures(String measurement, int clients, int requests, double targetMillis,
                                 Supplier<String> path, int parseEvery, Consumer<JsonNode> followUp) throws Exception {
        AtomicLong features = new AtomicLong();
        AtomicLong answers = new AtomicLong();
        AtomicLong okAnswers = new AtomicLong();
        Measured measured = measureReads(clients, requests, () -> {
            Answer answer = client.get(path.get(), adminToken, GEO_JSON);
            if (answer.ok() && okAnswers.incrementAndGet() % parseEvery == 0) {
                JsonNode collection = answer.json();
                features.addAndGet(collection.get("features").size());
                answers.incrementAndGet();
                followUp.accept(collection);
            }
            return answer;
        });
        read(measurement, clients, measured, targetMillis, String.format(Locale.ROOT, "%.1f features per answer",
                features.get() / (double) Math.max(1, answers.get())));
    }

    private void measureCandidateSearch(int clients, int requests) throws Exception {
        AtomicLong found = new AtomicLong();
        AtomicLong answers = new AtomicLong();
        Measured all = measureReads(clients, requests, () -> {
            boolean forSupply = demandIds.isEmpty() || !supplyIds.isEmpty() && data.nextInt(2) == 0;
            List<String> ids = forSupply ? supplyIds : demandIds;
            String id = ids.get(data.nextInt(ids.size()));
            Answer answer = client.get("api/v1/" + (forSupply ? "supplies/" : "demands/") + id + "/candidates",
                    adminToken, JSON);
            if (answer.ok()) {
                found.addAndGet(answer.json().get("items").size());
                answers.incrementAndGet();
            }
            return answer;
        });
        read("candidate search: `GET /api/v1/{supplies,demands}/{id}/candidates` (defaults: 80 km, top 20)",
                clients, all, CANDIDATES_TARGET_MILLIS, String.format(Locale.ROOT, "%.1f candidates per answer",
                        found.get() / (double) Math.max(1, answers.get())));
    }

    /** The latencies of a measured phase, and the service's CPU time per request in it where known. */
    private record Measured(Latencies latencies, String cpuPerRequest) {
    }

    /** Runs {@code call} from {@code clients} clients for the reads' warm-up, then times {@code requests} calls. */
    private Measured measureReads(int clients, int requests, Callable<Answer> call) throws Exception {
        long warmUntil = System.nanoTime() + readWarmUpSeconds * 1_000_000_000L;
        AtomicInteger tickets = new AtomicInteger(requests);
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<Optional<CpuTime>> cpuBefore = new AtomicReference<>();
        CyclicBarrier warm = new CyclicBarrier(clients, () -> cpuBefore.set(service.cpuTime()));
        List<Latencies> perClient = runClients(clients, worker -> () -> {
            Latencies latencies = new Latencies();
            while (System.nanoTime() < warmUntil) {
                call.call();
            }
            warm.await();
            while (tickets.getAndDecrement() > 0) {
                Answer answer = call.call();
                if (answer.ok()) {
                    latencies.record(answer.nanos());
                } else {
                    failed.incrementAndGet();
                    System.err.println("failed: HTTP " + answer.status() + " " + answer.body());
                }
            }
            return latencies;
        });
        if (failed.get() > 0) {
            System.err.println(failed.get() + " requests failed");
        }
        Latencies all = Latencies.merge(perClient);
        return new Measured(all, cpuPerRequest(cpuBefore.get(), all.count()));
    }

    private void read(String measurement, int clients, Measured measured, double targetMillis, String detail) {
        Latencies all = measured.latencies();
        boolean met = all.percentileMillis(95) < targetMillis;
        rows.add(String.format(Locale.ROOT, "| %s, %d client%s, %,d listings | p95 < %.0f ms | "
                        + "p50 %.1f ms, **p95 %.1f ms**, p99 %.1f ms over %,d requests; %s (%s)%s |",
                measurement, clients, clients == 1 ? "" : "s", suppliesCreated.get() + demandsCreated.get(),
                targetMillis, all.percentileMillis(50), all.percentileMillis(95), all.percentileMillis(99),
                all.count(), detail, met ? "met" : "missed", measured.cpuPerRequest()));
    }

    /**
     * The service's CPU time per request since {@code before} (JVM and database, over all cores), as a sentence of a
     * table cell; nothing where the service was not started here.
     */
    private String cpuPerRequest(Optional<CpuTime> before, int requests) {
        Optional<CpuTime> after = service.cpuTime();
        if (before.isEmpty() || after.isEmpty() || requests == 0) {
            return "";
        }
        CpuTime used = after.get().since(before.get());
        return String.format(Locale.ROOT, "; CPU %.2f ms a request (JVM %.2f, PostgreSQL %.2f)",
                (used.jvm().toNanos() + used.database().toNanos()) / 1e6 / requests,
                used.jvm().toNanos() / 1e6 / requests, used.database().toNanos() / 1e6 / requests);
    }

    // ---- plumbing

    private <T> List<T> runClients(int count, Function<Integer, Callable<T>> client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int worker = 0; worker < count; worker++) {
                futures.add(pool.submit(client.apply(worker)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private void printTable() {
        System.out.println();
        System.out.println("| measurement | target | measured |");
        System.out.println("| --- | --- | --- |");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.printf("Machine: %d processors, Java %s; the service and the load generator share it.%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
