package no.sirkel.optimizer.problem;

/** What a plan minimises. */
public enum Objective {
    /** Money in NOK: transport, fixed route costs, gate fees, virgin prices and penalties. */
    COST,
    /** Tonne-kilometres: transport with one cost unit per tonne-km, fees, prices and fixed costs taken as 0, penalties kept. */
    TONNE_KM
}
