/**
 * Web (shared kernel): HTTP conventions every feature shares: problem+json refusals naming the field, paging, content
 * negotiation, If-Match, the bbox parameter.
 */
@ApplicationModule(displayName = "Web (shared kernel)", allowedDependencies = {"geo"})
package no.sirkel.web;

import org.springframework.modulith.ApplicationModule;
