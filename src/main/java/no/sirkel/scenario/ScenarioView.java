package no.sirkel.scenario;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import no.sirkel.optimizer.Progress;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scenario as the API shows it: what was asked, where it is, the best totals so far (while solving) or the plan's
 * KPIs (once solved or stopped), and timings.
 */
record ScenarioView(UUID id, String name, ScenarioStatus status, ScenarioRequest.Horizon horizon, JsonNode region,
                    List<String> materials, JsonNode parameters, int seconds, ScenarioRow.Size size,
                    Progress progress, Kpis kpis, String failureReason, boolean stopRequested, Timings timings) {

    /**
     * @param queuedSeconds  from creation until a solver took it (or until now while queued)
     * @param solvingSeconds from the solver taking it until it finished (or until now while solving)
     */
    record Timings(OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                   Double queuedSeconds, Double solvingSeconds) {
    }

    static ScenarioView of(ScenarioRow row, JsonMapper json) {
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime solverTookIt = row.startedAt() != null ? row.startedAt()
                : row.status() == ScenarioStatus.QUEUED ? now : row.finishedAt();
        Double queued = seconds(row.createdAt(), solverTookIt);
        Double solving = row.startedAt() == null ? null
                : seconds(row.startedAt(), row.finishedAt() != null ? row.finishedAt() : now);
        return new ScenarioView(row.id(), row.name(), row.status(),
                new ScenarioRequest.Horizon(row.horizonFrom(), row.horizonTo()), tree(row.region(), json),
                row.materials(), tree(row.parameters(), json), row.seconds(), row.size(),
                row.progress() == null ? null : json.readValue(row.progress(), Progress.class),
                kpis(row, json), row.failureReason(),
                row.stopRequested(), new Timings(row.createdAt(), row.startedAt(), row.finishedAt(), queued, solving));
    }

    /** The plan's KPIs, or null while there is no plan. */
    static Kpis kpis(ScenarioRow row, JsonMapper json) {
        return kpis(row.summary(), json);
    }

    /** The KPIs of a plan summary as the repository reads it, or null for none. */
    static Kpis kpis(String summaryJson, JsonMapper json) {
        return summaryJson == null ? null : Kpis.of(json.readValue(summaryJson, Kpis.PlanSummary.class));
    }

    private static Double seconds(OffsetDateTime from, OffsetDateTime to) {
        return from == null || to == null ? null : Duration.between(from, to).toMillis() / 1000.0;
    }

    private static JsonNode tree(String text, JsonMapper json) {
        return text == null ? null : json.readTree(text);
    }
}
