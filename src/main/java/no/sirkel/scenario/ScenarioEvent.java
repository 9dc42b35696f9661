package no.sirkel.scenario;

import java.util.UUID;

import no.sirkel.optimizer.Progress;

/**
 * What the event stream of a scenario says: a status change ({@code status}), a new best solution ({@code best},
 * with the solver's progress: elapsed seconds, phase, best cost, lower bound, gap), or, at least once a second while
 * solving, where the solve stands ({@code progress}, with its {@link Tick}).
 */
record ScenarioEvent(String type, UUID scenarioId, ScenarioStatus status, String failureReason, Progress progress,
                     Tick tick) {

    static final String STATUS = "status";
    static final String BEST = "best";
    static final String PROGRESS = "progress";

    /**
     * Where a solve stands now: the clock against the time limit, and the best plan so far with its bound.
     *
     * @param elapsedSeconds seconds since the solver took the scenario
     * @param limitSeconds   the scenario's time limit, seconds
     * @param phase          what found the best plan so far (as {@link Progress#phase()}), {@code preparing} before
     *                       the first
     * @param bestCost       cost of the best plan so far, in the objective's unit (NOK for COST); null before the first
     * @param lowerBound     proven lower bound on every plan's cost; null before the first plan
     * @param gapPercent     {@code 100 × (bestCost − lowerBound) / lowerBound}; null where unknown
     */
    record Tick(double elapsedSeconds, int limitSeconds, String phase, Double bestCost, Double lowerBound,
                Double gapPercent) {

        static final String PREPARING = "preparing";

        static Tick of(double elapsedSeconds, int limitSeconds, Progress best) {
            if (best == null) {
                return new Tick(elapsedSeconds, limitSeconds, PREPARING, null, null, null);
            }
            return new Tick(elapsedSeconds, limitSeconds, best.phase(), best.bestCost(), best.lowerBound(),
                    Double.isNaN(best.gapPercent()) ? null : best.gapPercent());
        }
    }

    static ScenarioEvent status(UUID scenarioId, ScenarioStatus status, String failureReason) {
        return new ScenarioEvent(STATUS, scenarioId, status, failureReason, null, null);
    }

    static ScenarioEvent best(UUID scenarioId, Progress progress) {
        return new ScenarioEvent(BEST, scenarioId, ScenarioStatus.SOLVING, null, progress, null);
    }

    static ScenarioEvent progress(UUID scenarioId, Tick tick) {
        return new ScenarioEvent(PROGRESS, scenarioId, ScenarioStatus.SOLVING, null, null, tick);
    }

    boolean isFinal() {
        return STATUS.equals(type) && status.isFinal();
    }
}
