package no.sirkel.site;

import java.time.Instant;
import java.util.UUID;

import no.sirkel.geo.GeoPoint;
import no.sirkel.security.Caller;
import no.sirkel.security.Role;

/**
 * A place where a company produces or receives materials: a building site, a plant, a quarry.
 *
 * @param id           the site's id
 * @param companyId    the company that owns it
 * @param name         its name
 * @param location     WGS84 position
 * @param municipality the municipality it lies in, or null
 * @param address      its street address, or null
 * @param createdAt    when it was registered
 */
public record Site(UUID id, UUID companyId, String name, GeoPoint location, String municipality, String address,
                   Instant createdAt) {

    /** Whether the caller may see the site: members only their own company's, planners and admins all. */
    public boolean visibleTo(Caller caller) {
        return caller.role() != Role.MEMBER || caller.isMemberOf(companyId);
    }
}
