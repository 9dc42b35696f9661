package no.sirkel.scenario;

import java.util.UUID;

import no.sirkel.optimizer.Progress;

/**
 * What the event stream of a scenario says: a status change ({@code status}), or a new best solution ({@code best},
 * with the solver's progress: elapsed seconds, phase, best cost, lower bound, gap).
 */
record ScenarioEvent(String type, UUID scenarioId, ScenarioStatus status, String failureReason, Progress progress) {

    static final String STATUS = "status";
    static final String BEST = "best";

    static ScenarioEvent status(UUID scenarioId, ScenarioStatus status, String failureReason) {
        return new ScenarioEvent(STATUS, scenarioId, status, failureReason, null);
    }

    static ScenarioEvent best(UUID scenarioId, Progress progress) {
        return new ScenarioEvent(BEST, scenarioId, ScenarioStatus.SOLVING, null, progress);
    }

    boolean isFinal() {
        return STATUS.equals(type) && status.isFinal();
    }
}
