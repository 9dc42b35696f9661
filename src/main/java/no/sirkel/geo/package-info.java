/**
 * Geometry (shared kernel): WGS84 positions, GeoJSON, bounding boxes, regions and points on the unit sphere. Depends
 * on no other module of the service.
 */
@ApplicationModule(displayName = "Geometry (shared kernel)", allowedDependencies = {})
package no.sirkel.geo;

import org.springframework.modulith.ApplicationModule;
