package no.sirkel.listing;

import java.util.Map;
import java.util.UUID;

import no.sirkel.material.Material;
import no.sirkel.site.Site;
import no.sirkel.web.FieldErrors;

/**
 * A listing as its owner writes it (POST, PUT, or the result of a merge patch), before validation.
 *
 * @param <F> the validated fields
 */
interface ListingRequest<F extends ListingFields> {

    UUID siteId();

    /**
     * Checks every field, so that the client learns all its mistakes at once.
     *
     * @param site      the site {@link #siteId()} names, or null where there is no such site
     * @param catalogue materials by code
     * @param current   the listing's status now, or null for a new listing
     * @return the validated fields
     * @throws no.sirkel.web.ApiException 422 naming each invalid field
     */
    F validated(Site site, Map<String, Material> catalogue, ListingStatus current);

    /** Records that the site is missing or unknown. */
    default void checkSite(Site site, FieldErrors errors) {
        if (errors.required(siteId(), "siteId")) {
            errors.check(site != null, "siteId", "is not a registered site");
        }
    }
}
