package no.sirkel.ogc;

import java.util.List;
import java.util.UUID;

import no.sirkel.material.Language;
import no.sirkel.security.Caller;
import no.sirkel.web.ApiException;
import reactor.core.publisher.Mono;

/** One kind of collection: where its features come from and who may see them. */
interface FeatureSource {

    /** The property filters its items take (besides bbox, datetime, limit, crs), e.g. {@code material}. */
    List<String> queryables();

    /**
     * One page of the features the caller may see.
     *
     * @param collectionId the collection asked for (flows: {@code flows-<scenario id>})
     */
    Mono<Page> items(Caller caller, String collectionId, ItemsQuery query, Language language);

    /** One feature; 404 where it does not exist or the caller may not see it. */
    Mono<OgcDocuments.Feature> item(Caller caller, String collectionId, String featureId, ItemsQuery query,
                                    Language language);

    /** A feature id that is a UUID; 404 (the feature does not exist) where it is not one. */
    static UUID uuid(String featureId, String what) {
        try {
            return UUID.fromString(featureId);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(what, featureId);
        }
    }

    /**
     * @param features the page's features, already in the CRS asked for and inside the area
     * @param next     the cursor of the next page, or null on the last one
     */
    record Page(List<OgcDocuments.Feature> features, String next) {
    }
}
