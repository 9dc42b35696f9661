package no.sirkel.optimizer.plan;

/** What a version 2 flow does. */
public enum FlowKind {
    /** Supply → demand. */
    MATCH,
    /** Supply → storage hub, stored as is or processed. */
    TO_HUB,
    /** Storage hub → demand, of stock of one material and class. */
    FROM_HUB,
    /** Supply or storage hub → landfill. */
    DISPOSAL,
    /** Quarry → demand. */
    VIRGIN
}
