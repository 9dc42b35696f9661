package no.sirkel.delivery;

/** Where masses went outside Sirkel: to a landfill, or into the company's own reuse. */
public enum Destination {
    LANDFILL, OWN_REUSE
}
