package no.sirkel.security;

/** What a token may do: administer the marketplace, plan the region, or act for one member company. */
public enum Role {
    ADMIN, PLANNER, MEMBER
}
