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
    default F validated(boolean siteRegistered, Map<String, Material> catalogue, ListingStatus current) {
        FieldErrors errors = new FieldErrors();
        checkSiteRegistered(siteRegistered, errors);
        F fields = check(catalogue, current, errors);
        errors.throwIfAny();
        return fields;
    }

    /**
     * Checks every field but whether the site is registered, recording each problem.
     *
     * @return the validated fields, or null where a problem was recorded
     */
    F check(Map<String, Material> catalogue, ListingStatus current, FieldErrors errors);

    /** Records that the site given is unknown (a missing one is recorded by {@link #check}). */
    default void checkSiteRegistered(boolean siteRegistered, FieldErrors errors) {
        errors.check(siteId() == null || siteRegistered, "siteId", "field.notASite");
    }
}
