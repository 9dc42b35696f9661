package no.sirkel.site;

import java.time.Instant;
import java.util.UUID;

import no.sirkel.geo.GeoPoint;

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
}
