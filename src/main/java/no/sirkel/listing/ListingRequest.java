package no.sirkel.listing;

import java.util.Map;
import java.util.UUID;

import no.sirkel.material.Material;
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
     * @param siteRegistered whether {@link #siteId()} names a registered site
     * @param catalogue materials by code
     * @param current   the listing's status now, or null for a new listing
     * @return the validated fields
     * @throws no.sirkel.web.ApiException 422 naming each invalid field
     */
    F validated(boolean siteRegistered, Map<String, Material> catalogue, ListingStatus current);

    /** Records that the site is missing or unknown. */
    default void checkSite(boolean siteRegistered, FieldErrors errors) {
        if (errors.required(siteId(), "siteId")) {
            errors.check(siteRegistered, "siteId", "is not a registered site");
        }
    }
}
