package no.sirkel.scenario;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import no.sirkel.optimizer.Progress;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scenario as the API shows it: what was asked, where it is, the best totals so far (while solving) or the plan's
 * KPIs (once solved or stopped), and timings.
 */
@Schema(description = "A scenario: what was asked, where it is, and its plan's key figures")
record ScenarioView(@Schema(description = "The scenario's id") UUID id,
                    @Schema(description = "The scenario's name") String name,
                    @Schema(description = "QUEUED, SOLVING, SOLVED, STOPPED (early, with the best plan found) or FAILED")
                    ScenarioStatus status,
                    @Schema(description = "The days planned") ScenarioRequest.Horizon horizon,
                    @Schema(description = "The GeoJSON Polygon (WGS84) the snapshot was limited to; null: the whole "
                            + "marketplace", implementation = Object.class)
                    JsonNode region,
                    @Schema(description = "The material codes the snapshot was limited to; null: every material")
                    List<String> materials,
                    @Schema(description = "The optimizer's parameters as solved, defaults filled in (optimizer "
                            + "problem format: objective, costPerTonneKm NOK/t·km, co2KgPerTonneKm, roadFactor, "
                            + "maxHaulKm, truckPayloadTonnes, penalties NOK/t, periodLength)",
                            implementation = Object.class)
                    JsonNode parameters,
                    @Schema(description = "The time limit of the solve, seconds") int seconds,
                    @Schema(description = "How many listings and facilities the snapshot holds") ScenarioRow.Size size,
                    @Schema(description = "The latest best solution while solving; null before the first")
                    Progress progress,
                    @Schema(description = "The plan's key figures against the baseline; null while there is no plan")
                    Kpis kpis,
                    @Schema(description = "Why solving failed (FAILED only)") String failureReason,
                    @Schema(description = "Whether a stop was asked for") boolean stopRequested,
                    @Schema(description = "When it was created, started and finished, and how long each took")
                    Timings timings) {

    /**
     * @param queuedSeconds  from creation until a solver took it (or until now while queued)
     * @param solvingSeconds from the solver taking it until it finished (or until now while solving)
     */
    @Schema(name = "ScenarioTimings", description = "When a scenario was created, started and finished")
    record Timings(@Schema(description = "When it was created (ISO 8601)") OffsetDateTime createdAt,
                   @Schema(description = "When a solver took it (ISO 8601); null while queued") OffsetDateTime startedAt,
                   @Schema(description = "When solving ended (ISO 8601); null until then") OffsetDateTime finishedAt,
                   @Schema(description = "Seconds from creation until a solver took it (or until now while queued)")
                   Double queuedSeconds,
                   @Schema(description = "Seconds from the solver taking it until it finished (or until now while "
                           + "solving)")
                   Double solvingSeconds) {
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
