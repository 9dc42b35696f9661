package no.sirkel.optimizer.timed;

/**
 * What a column of the time-expanded network carries, and what its {@code from} and {@code to} indices refer to
 * (supplies, demands, landfills and quarries by their position in the problem; hub stock groups, disposal pools and
 * virgin pools by their position in {@link TimedModel}).
 */
enum ColumnKind {
    /** Supply s → demand d in one period. */
    MATCH,
    /** Supply s → hub stock group g (as is or processed) in one period. */
    TO_HUB,
    /** Hub stock group g → demand d in one period. */
    FROM_HUB,
    /** What a supply (disposal pool of supply s) or a hub stock group sends to landfill in one period. */
    INTO_DISPOSAL_POOL,
    /** Disposal pool → landfill l over the horizon (landfill capacity and cost do not depend on the period). */
    DISPOSAL,
    /** What demand d buys from quarries in one period. */
    FROM_VIRGIN_POOL,
    /** Quarry q → demand d over the horizon. */
    VIRGIN,
    /** Supply s's release of one period sent nowhere. */
    UNPLACED,
    /** Demand d's need of one period that nothing meets. */
    UNMET,
    /** Stock of hub group g at the end of one period. */
    STOCK,
    /** Whether candidate hub h opens (0..1 in the relaxation). */
    OPEN
}
