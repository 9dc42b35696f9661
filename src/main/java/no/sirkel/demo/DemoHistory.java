package no.sirkel.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.client.WebClient;
import no.sirkel.security.TemporaryAdminToken;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A year of what happened, so that the open indicators show something true to look at: for each of the twelve months
 * before this one, surplus clay and blasted rock listed for that month beside fill demands that take them; one
 * scenario over the year matches them; both sides accept; the receivers record deliveries; and firms record what went
 * to landfill or their own reuse. Most months deliver everything on time; {@link #BAD_MONTHS} deliver a little over
 * half by the window's end and send more to landfill, so the downturns show too.
 *
 * <p>Everything goes through the HTTP API, acting as the companies with member tokens that are revoked afterwards.
 * The API stamps listings and deals with the time they are made, so months before the load show deliveries, landfill
 * and on-time shares, but no active listings and no days from listing to deal.
 */
final class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final ZoneId ZONE = ZoneId.of("Europe/Oslo");
    /** Months (1 = the oldest of the twelve) in which deliveries fall short and more goes to landfill. */
    static final Set<Integer> BAD_MONTHS = Set.of(3, 7, 8, 11);

    /** A monthly stream: surplus at one site, fill demand at another. */
    private record Stream(String supplySite, String demandSite, String material, double baseTonnes) {
    }

    private static final List<Stream> STREAMS = List.of(
            new Stream("Brattøra kontorbygg, byggegrop", "Gimse massetak, istandsetting", "CLAY", 2400),
            new Stream("E6 Vikhammer, skjæring", "Værnes, ny taxebane", "BLASTED_ROCK", 4200),
            new Stream("Sandmoen næringsområde, tomt B4", "Børsa næringspark", "MORAINE", 1800));

    /** Supplies (and as many demands) the history lists: one per stream and month. */
    static final int LISTINGS = 12 * STREAMS.size();

    /** Sites that record masses to landfill and their own reuse every month. */
    private static final List<String> OUTSIDE_SITES = List.of("Brattøra kontorbygg, byggegrop", "Sandmoen næringsområde, tomt B4",
            "Kvithamar boligfelt", "Lade allé, boligkvartal");

    private final WebClient admin;
    private final TemporaryAdminToken tokens;
    private final String baseUrl;

    DemoHistory(String baseUrl, String adminToken, TemporaryAdminToken tokens) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.admin = client(adminToken);
    }

    private WebClient client(String token) {
        return WebClient.builder().baseUrl(baseUrl).defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build();
    }

    /** Loads the year; answers how many deliveries were recorded. */
    Mono<Integer> load() {
        return Mono.fromCallable(this::sitesByName).subscribeOn(Schedulers.boundedElastic())
                .flatMap(sites -> {
                    List<UUID> companies = new ArrayList<>();
                    sites.values().forEach(site -> companies.add(UUID.fromString((String) site.get("companyId"))));
                    return tokens.useMembers(companies, "demo history", members ->
                            Mono.fromCallable(() -> loadAs(sites, members)).subscribeOn(Schedulers.boundedElastic()));
                });
    }

    private int loadAs(Map<String, Map<String, Object>> sites, Map<UUID, String> members) {
        YearMonth first = YearMonth.now(ZONE).minusMonths(12);
        for (int m = 1; m <= 12; m++) {
            YearMonth month = first.plusMonths(m - 1);
            for (Stream stream : STREAMS) {
                double tonnes = Math.round(stream.baseTonnes() * season(month));
                post(admin, "/api/v1/supplies", Map.of("siteId", sites.get(stream.supplySite()).get("id"),
                        "material", stream.material(), "contaminationClass", 1,
                        "quantity", Map.of("amount", tonnes, "unit", "t"), "kind", "ONE_OFF",
                        "availableFrom", month.atDay(1).toString(), "availableTo", month.atEndOfMonth().toString()));
                post(admin, "/api/v1/demands", Map.of("siteId", sites.get(stream.demandSite()).get("id"),
                        "accepts", List.of(stream.material()), "maxContaminationClass", 2,
                        "quantity", Map.of("amount", tonnes, "unit", "t"), "kind", "ONE_OFF",
                        "neededFrom", month.atDay(1).toString(), "neededTo", month.atEndOfMonth().toString()));
            }
            recordOutside(sites, month, m);
        }
        String scenario = (String) post(admin, "/api/v1/scenarios", Map.of("name", "Demo: the past year",
                "horizon", Map.of("from", first.atDay(1).toString(), "to", first.plusMonths(11).atEndOfMonth()
                        .toString()),
                "materials", STREAMS.stream().map(Stream::material).toList(), "seconds", 3)).get("id");
        awaitSolved(scenario);
        Map<String, Object> published = post(admin, "/api/v1/scenarios/" + scenario + "/proposals", Map.of());
        int deliveries = 0;
        for (Map<String, Object> proposal : items(published)) {
            if (!"MATCH".equals(proposal.get("kind"))) {
                continue; // the past year's deliveries run between listings; hub legs stay open offers
            }
            Map<String, Object> deal = acceptByBoth(proposal, members);
            if (deal != null) {
                deliveries += deliver(deal, members, first);
            }
        }
        return deliveries;
    }

    /** Less is dug in the winter months. */
    private static double season(YearMonth month) {
        return switch (month.getMonthValue()) {
            case 12, 1, 2 -> 0.5;
            case 3, 11 -> 0.8;
            default -> 1.0;
        };
    }

    private void recordOutside(Map<String, Map<String, Object>> sites, YearMonth month, int m) {
        boolean bad = BAD_MONTHS.contains(m);
        for (int i = 0; i < OUTSIDE_SITES.size(); i++) {
            Map<String, Object> site = sites.get(OUTSIDE_SITES.get(i));
            double landfill = Math.round((bad ? 1400 : 500) * season(month) * (1 + 0.2 * i));
            post(admin, "/api/v1/outside-deliveries", Map.of("siteId", site.get("id"),
                    "date", month.atDay(12 + i).toString(), "material", "CLAY", "contaminationClass", 2,
                    "tonnes", landfill, "destination", "LANDFILL", "receiver", "Heggstadmoen deponi",
                    "km", 14 + 3 * i, "truckTrips", (int) Math.ceil(landfill / 17)));
            post(admin, "/api/v1/outside-deliveries", Map.of("siteId", site.get("id"),
                    "date", month.atDay(20).toString(), "material", "MORAINE", "tonnes",
                    Math.round(300 * season(month)), "destination", "OWN_REUSE", "truckTrips", 0));
        }
    }

    private Map<String, Object> acceptByBoth(Map<String, Object> proposal, Map<UUID, String> members) {
        String id = (String) proposal.get("id");
        Map<String, Object> full = get(admin, "/api/v1/proposals/" + id);
        for (String side : List.of("supplyId", "demandId")) {
            String path = "/api/v1/" + (side.equals("supplyId") ? "supplies/" : "demands/") + full.get(side);
            UUID company = UUID.fromString((String) get(admin, path).get("companyId"));
            full = post(client(members.get(company)), "/api/v1/proposals/" + id + "/accept", Map.of());
        }
        return "DEAL".equals(full.get("state")) ? full : null;
    }

    /** Deliveries in two to four loads over the window: all of it, or a little over half in a bad month. */
    private int deliver(Map<String, Object> deal, Map<UUID, String> members, YearMonth first) {
        String id = (String) deal.get("id");
        Map<String, Object> demand = get(admin, "/api/v1/demands/" + deal.get("demandId"));
        WebClient receiver = client(members.get(UUID.fromString((String) demand.get("companyId"))));
        LocalDate from = LocalDate.parse((String) demand.get("neededFrom"));
        int m = (int) ChronoUnit.MONTHS.between(first, YearMonth.from(from)) + 1;
        double tonnes = ((Number) deal.get("tonnes")).doubleValue();
        double share = BAD_MONTHS.contains(m) ? 0.55 : 1.0;
        int loads = 3;
        for (int i = 0; i < loads; i++) {
            double part = Math.round(tonnes * share / loads * 1000) / 1000.0;
            post(receiver, "/api/v1/proposals/" + id + "/deliveries", Map.of("date",
                    from.plusDays(5 + 8L * i).toString(), "tonnes", part,
                    "truckTrips", (int) Math.ceil(part / 17), "ticket", "D-" + id.substring(0, 6) + "-" + i));
        }
        return loads;
    }

    private void awaitSolved(String scenario) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String status = (String) get(admin, "/api/v1/scenarios/" + scenario).get("status");
            if (List.of("SOLVED", "STOPPED").contains(status)) {
                return;
            }
            if ("FAILED".equals(status)) {
                throw new IllegalStateException("the demo history's scenario failed");
            }
            sleep();
        }
        throw new IllegalStateException("the demo history's scenario did not finish in " + TIMEOUT);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Map<String, Object>> sitesByName() {
        Map<String, Map<String, Object>> byName = new HashMap<>();
        items(get(admin, "/api/v1/sites?limit=1000")).forEach(site -> byName.put((String) site.get("name"), site));
        for (String name : List.of(OUTSIDE_SITES, STREAMS.stream().flatMap(s -> List.of(s.supplySite(),
                s.demandSite()).stream()).toList()).stream().flatMap(List::stream).toList()) {
            if (!byName.containsKey(name)) {
                throw new IllegalStateException("the demo data has no site named " + name);
            }
        }
        return byName;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        Object items = page.get("items");
        return items instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private static Map<String, Object> get(WebClient client, String path) {
        return client.get().uri(path).retrieve().onStatus(HttpStatusCode::isError, response -> refused(path,
                response.statusCode(), response.bodyToMono(String.class))).bodyToMono(JSON).block(TIMEOUT);
    }

    private static Map<String, Object> post(WebClient client, String path, Object body) {
        return client.post().uri(path).bodyValue(body).retrieve().onStatus(HttpStatusCode::isError,
                response -> refused(path, response.statusCode(), response.bodyToMono(String.class)))
                .bodyToMono(JSON).defaultIfEmpty(Map.of()).block(TIMEOUT);
    }

    private static Mono<Throwable> refused(String path, HttpStatusCode status, Mono<String> problem) {
        return problem.defaultIfEmpty("").map(text -> {
            log.warn("demo history: {} answered {} {}", path, status, text);
            return new IllegalStateException("demo history: " + path + " answered " + status + " " + text);
        });
    }
}
