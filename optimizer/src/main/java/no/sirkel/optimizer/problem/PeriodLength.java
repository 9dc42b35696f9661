package no.sirkel.optimizer.problem;

/** How a version 2 problem's horizon is cut into periods. */
public enum PeriodLength {
    /** Calendar months, each cut to the horizon. */
    MONTH,
    /** ISO weeks, Monday to Sunday, each cut to the horizon. */
    WEEK,
    /** One period: the horizon itself. */
    HORIZON
}
