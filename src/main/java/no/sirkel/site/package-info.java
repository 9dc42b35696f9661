/**
 * Sites: Companies' sites (WGS84 points); other features look sites up through SiteDirectory and say whether they
 * still use one through SiteUse.
 *
 * <p>Owns the table {@code site}.
 */
@ApplicationModule(displayName = "Sites", allowedDependencies = {"database", "geo", "security", "web"})
package no.sirkel.site;

import org.springframework.modulith.ApplicationModule;
