package no.sirkel.exchange;

import java.util.UUID;

import no.sirkel.geo.GeoJsonPoint;

/**
 * A thing with an id and a WGS84 position (GeoJSON order) and its fields as a flat row, the shape GIS layers and
 * spreadsheets both take.
 */
public record Located<T>(UUID id, GeoJsonPoint location, T row) {
}
