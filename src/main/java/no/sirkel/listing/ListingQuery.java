package no.sirkel.listing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import no.sirkel.geo.BoundingBox;
import no.sirkel.material.Material;
import no.sirkel.web.ApiException;
import no.sirkel.web.BoundingBoxParameter;
import no.sirkel.web.Cursor;
import no.sirkel.web.Paging;
import no.sirkel.web.UnknownQueryParameters;

/**
 * A listing search, read: the filters of {@code GET /api/v1/supplies} and {@code /demands} and the page. Every filter
 * is optional; a malformed or unknown one is refused with 400 naming it.
 *
 * @param material  a material code: supplies of it, demands accepting it; null for all
 * @param statuses  statuses to include (comma-separated in the query), ACTIVE where none is given
 * @param companyId only this company's listings, or null
 * @param bbox      only listings at sites inside it, or null
 * @param near      only listings at sites within the circle, or null
 * @param from      only listings whose window ends on or after this day (open ends count as overlapping), or null
 * @param to        only listings whose window starts on or before this day, or null
 * @param limit     page size, 1..{@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}
 * @param cursor    where the previous page ended, or null for the first page
 * @param terms     the words of the {@code q} text search, each to be matched; empty for no text search
 */
record ListingQuery(String material, List<ListingStatus> statuses, UUID companyId, BoundingBox bbox, Near near,
                    LocalDate from, LocalDate to, int limit, ListingCursor cursor, List<SearchTerm> terms) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    /** The query parameters of a listing search: its filters and the paging; any other is refused. */
    static final List<String> PARAMETERS = Stream.concat(ListingSearch.FILTERS.stream(),
            Stream.of(Paging.LIMIT, Cursor.PARAMETER)).toList();

    /**
     * @param search    the filters as the user wrote them, and what the asking feature has typed already
     * @param catalogue materials by code, to refuse an unknown {@code material} and to search their names
     */
    static ListingQuery of(ListingSearch search, Map<String, Material> catalogue) {
        Map<String, String> filters = search.filters();
        UnknownQueryParameters.requireKnown(filters.keySet(), ListingSearch.FILTERS);
        String material = blankToNull(filters.get("material"));
        if (material != null && !catalogue.containsKey(material)) {
            throw ApiException.badRequest("material", "field.notAMaterial");
        }
        LocalDate from = search.from() != null ? search.from() : date(filters.get("from"), "from");
        LocalDate to = search.to() != null ? search.to() : date(filters.get("to"), "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badRequest("to", "field.notBefore", "from");
        }
        BoundingBox bbox = search.bbox() != null ? search.bbox()
                : BoundingBoxParameter.parse(filters.get(BoundingBoxParameter.NAME)).orElse(null);
        return new ListingQuery(material, statuses(filters.get("status")), companyId(filters.get("companyId")), bbox,
                Near.parse(filters.get("near"), filters.get("radiusKm")), from, to, search.limit(),
                search.cursor() == null ? null : ListingCursor.decode(search.cursor()),
                SearchTerm.parse(filters.get(SearchTerm.PARAMETER), catalogue));
    }

    private static List<ListingStatus> statuses(String value) {
        if (blankToNull(value) == null) {
            return List.of(ListingStatus.ACTIVE);
        }
        List<ListingStatus> statuses = new ArrayList<>();
        for (String name : value.split(",")) {
            statuses.add(ListingStatus.parse(name.trim()).orElseThrow(() -> ApiException.badRequest("status",
                    "field.someOf", List.of(ListingStatus.values()))));
        }
        return List.copyOf(statuses);
    }

    private static UUID companyId(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("companyId", "field.notAnId");
        }
    }

    private static LocalDate date(String value, String parameter) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(parameter, "field.date");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
