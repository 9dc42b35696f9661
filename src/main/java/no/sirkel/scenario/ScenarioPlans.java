package no.sirkel.scenario;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Scenarios' plans for other features: the matches a plan proposes, for publishing them as proposals. */
@Service
public class ScenarioPlans {

    private static final TypeReference<List<Match>> MATCHES = new TypeReference<>() {
    };
    private static final TypeReference<Map<UUID, Integer>> VERSIONS = new TypeReference<>() {
    };

    private final ScenarioRepository scenarios;
    private final JsonMapper json;

    ScenarioPlans(ScenarioRepository scenarios, JsonMapper json) {
        this.scenarios = scenarios;
        this.json = json;
    }

    /**
     * Locks the scenario's row until the caller's transaction ends (so that two publications of one scenario run one
     * after the other) and reads its plan's matches.
     *
     * @return the plan, or empty where the scenario does not exist
     */
    public Mono<PlanMatches> lockForPublication(UUID scenarioId) {
        return scenarios.lockPlanMatches(scenarioId).map(stored -> new PlanMatches(scenarioId,
                stored.status().name(), stored.status() == ScenarioStatus.SOLVED
                        || stored.status() == ScenarioStatus.STOPPED,
                stored.matchesJson() != null,
                stored.matchesJson() == null ? List.of() : json.readValue(stored.matchesJson(), MATCHES),
                json.readValue(stored.listingVersionsJson(), VERSIONS)));
    }

    /**
     * A scenario's plan as matches of listings.
     *
     * @param status          the scenario's status
     * @param finished        whether it was solved or stopped early
     * @param hasPlan         whether there is a plan (a scenario stopped while queued has none)
     * @param listingVersions each listing's version at the scenario's snapshot, by listing id
     */
    public record PlanMatches(UUID scenarioId, String status, boolean finished, boolean hasPlan, List<Match> matches,
                              Map<UUID, Integer> listingVersions) {

        public Set<UUID> supplyIds() {
            return matches.stream().map(Match::supply).collect(Collectors.toSet());
        }

        public Set<UUID> demandIds() {
            return matches.stream().map(Match::demand).collect(Collectors.toSet());
        }
    }

    /**
     * One match of a plan: tonnes carried from a supply to a demand.
     *
     * @param km    road kilometres
     * @param cost  NOK, transport plus the route's fixed cost
     * @param co2Kg kg CO2 of the transport
     */
    public record Match(UUID supply, UUID demand, double tonnes, double km, double cost, double co2Kg) {
    }
}
