package no.sirkel.listing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.sirkel.geo.BoundingBox;
import no.sirkel.web.BoundingBoxParameter;
import no.sirkel.web.Cursor;
import no.sirkel.web.Paging;
import no.sirkel.web.UnknownQueryParameters;

/**
 * A search of supplies or demands as another feature asks for it: the filters a user wrote, read by the listing
 * search's own rules (and refused with 400 naming the one at fault), and what the asking feature has already read,
 * typed.
 *
 * @param filters the user's filters by query parameter name: {@code material}, {@code status}, {@code companyId},
 *                {@code q}, {@code near} with {@code radiusKm}, and where not given typed below {@code bbox},
 *                {@code from} and {@code to}; never the paging
 * @param bbox    only listings at sites inside this WGS84 box, or null
 * @param from    only listings whose window ends on or after this day, or null
 * @param to      only listings whose window starts on or before this day, or null
 * @param limit   page size, 1 to {@value ListingQuery#MAX_LIMIT}
 * @param cursor  where the previous page ended (its {@code next}), or null for the first page
 */
public record ListingSearch(Map<String, String> filters, BoundingBox bbox, LocalDate from, LocalDate to, int limit,
                            String cursor) {

    /** The names {@link #filters} may hold. */
    static final List<String> FILTERS = List.of("material", "status", "companyId", BoundingBoxParameter.NAME, "near",
            "radiusKm", "from", "to", SearchTerm.PARAMETER);

    public ListingSearch {
        filters = Map.copyOf(filters);
        if (bbox != null && filters.containsKey(BoundingBoxParameter.NAME)
                || from != null && filters.containsKey("from") || to != null && filters.containsKey("to")) {
            throw new IllegalArgumentException("An area or window is given both typed and as a filter: " + filters);
        }
        Paging.limit(limit, ListingQuery.MAX_LIMIT);
    }

    /** The first page of what the user's filters select. */
    public static ListingSearch of(Map<String, String> filters, int limit) {
        return new ListingSearch(filters, null, null, null, limit, null);
    }

    /** The page after the one that gave {@code next}. */
    public ListingSearch after(String next) {
        return new ListingSearch(filters, bbox, from, to, limit, next);
    }

    /**
     * Reads the query string of {@code GET /api/v1/supplies} and {@code /demands}: the filters and the paging
     * ({@code limit}, {@value ListingQuery#DEFAULT_LIMIT} by default, and {@code cursor}); any other parameter is
     * refused with 400 naming it.
     */
    static ListingSearch fromQueryString(Map<String, String> parameters) {
        UnknownQueryParameters.requireKnown(parameters.keySet(), ListingQuery.PARAMETERS);
        Map<String, String> filters = new HashMap<>(parameters);
        filters.remove(Paging.LIMIT);
        String cursor = ListingQuery.blankToNull(filters.remove(Cursor.PARAMETER));
        return new ListingSearch(filters, null, null, null,
                Paging.limit(parameters.get(Paging.LIMIT), ListingQuery.DEFAULT_LIMIT, ListingQuery.MAX_LIMIT),
                cursor);
    }
}
