package no.sirkel.ogc;

import java.util.List;
import java.util.UUID;

import no.sirkel.exchange.Located;
import no.sirkel.listing.ListingSearch;
import no.sirkel.material.Language;
import no.sirkel.security.Caller;
import reactor.core.publisher.Mono;

/**
 * Supplies or demands as features: the listing API's search under its own rules (members see other companies'
 * listings only while ACTIVE), its rows with names as properties. Pages follow the listing search's cursor; a
 * {@code bbox} in UTM is searched by its WGS84 outline and then kept to the UTM rectangle, so a page may hold fewer
 * features than {@code limit} while a {@code next} link still follows.
 *
 * @param <L> the listing
 * @param <R> its row
 */
final class ListingFeatures<L, R> implements FeatureSource {

    /** Searches a page of listings by the listing API's rules. */
    interface Search<L> {
        Mono<no.sirkel.web.Page<L>> page(Caller caller, ListingSearch search);
    }

    /** Reads one listing where the caller may see it; 404 otherwise. */
    interface Read<L> {
        Mono<L> one(Caller caller, UUID id);
    }

    /** Makes the listings' rows with names, for the caller, in the language. */
    interface Rows<L, R> {
        Mono<List<Located<R>>> of(Caller caller, List<L> listings, Language language);
    }

    private final String what;
    private final Search<L> search;
    private final Read<L> read;
    private final Rows<L, R> rows;

    /** @param what the listing kind as users name it, for 404s: {@code supply} or {@code demand} */
    ListingFeatures(String what, Search<L> search, Read<L> read, Rows<L, R> rows) {
        this.what = what;
        this.search = search;
        this.read = read;
        this.rows = rows;
    }

    @Override
    public List<String> queryables() {
        return List.of("material", "status", "companyId", "q");
    }

    @Override
    public Mono<FeatureSource.Page> items(Caller caller, String collectionId, ItemsQuery query, Language language) {
        ListingSearch listingSearch = new ListingSearch(query.properties(),
                query.area() == null ? null : query.area().wgs84(), query.from(), query.to(), query.limit(),
                query.cursor());
        return search.page(caller, listingSearch).flatMap(page -> rows.of(caller, page.items(), language)
                .map(located -> new FeatureSource.Page(located.stream()
                        .filter(one -> query.area() == null
                                || query.area().contains(Geometries.wgs84(one.location())))
                        .map(one -> feature(one, query))
                        .toList(), page.next())));
    }

    @Override
    public Mono<OgcDocuments.Feature> item(Caller caller, String collectionId, String featureId, ItemsQuery query,
                                           Language language) {
        UUID id = FeatureSource.uuid(featureId, what);
        return read.one(caller, id).flatMap(listing -> rows.of(caller, List.of(listing), language))
                .map(located -> feature(located.get(0), query));
    }

    private static <R> OgcDocuments.Feature feature(Located<R> located, ItemsQuery query) {
        return new OgcDocuments.Feature(located.id().toString(), Geometries.point(located.location(), query.crs()),
                located.row());
    }
}
