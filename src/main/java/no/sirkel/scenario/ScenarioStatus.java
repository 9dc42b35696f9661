package no.sirkel.scenario;

/** Where a scenario is in its life: waiting for a solver, solving, or done (solved, stopped early, failed). */
enum ScenarioStatus {
    QUEUED, SOLVING, SOLVED, STOPPED, FAILED;

    boolean isFinal() {
        return this == SOLVED || this == STOPPED || this == FAILED;
    }
}
