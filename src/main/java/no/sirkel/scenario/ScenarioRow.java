package no.sirkel.scenario;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A scenario as stored, without its problem and plan (they can be large); {@code summary} carries the plan's totals,
 * baseline, greedy cost, bound and gap once there is a plan, and {@code progress} the latest best solution while
 * solving. JSON columns are kept as text.
 */
record ScenarioRow(UUID id, String name, LocalDate horizonFrom, LocalDate horizonTo, String region,
                   List<String> materials, String parameters, int seconds, ScenarioStatus status,
                   String failureReason, String progress, String summary, boolean stopRequested, int attempts,
                   Size size, OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    /** How many listings and facilities the scenario's snapshot holds. */
    @Schema(name = "ScenarioSize", description = "How many listings and facilities a scenario's snapshot holds")
    record Size(@Schema(description = "Supplies in the snapshot") int supplies,
                @Schema(description = "Demands in the snapshot") int demands,
                @Schema(description = "Disposal sites (landfills) in the snapshot") int disposalSites,
                @Schema(description = "Virgin sources (quarries) in the snapshot") int virginSources) {
    }
}
