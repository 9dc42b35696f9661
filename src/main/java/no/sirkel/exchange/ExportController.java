package no.sirkel.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import no.sirkel.geo.FeatureCollection;
import no.sirkel.listing.ListingSearch;
import no.sirkel.listing.ListingSearchParameters;
import no.sirkel.listing.Listings;
import no.sirkel.material.Language;
import no.sirkel.security.Caller;
import no.sirkel.web.ApiException;
import no.sirkel.web.ContentNegotiation;
import no.sirkel.web.Cursor;
import no.sirkel.web.Page;
import no.sirkel.web.Paging;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Every listing a search selects, in one file: {@code GET /api/v1/exports/supplies} and {@code /demands} take the
 * listing search's filters (material, status, companyId, bbox, near, radiusKm, from, to) and answer, by
 * {@code Accept}, CSV (the default), XLSX or a GeoJSON FeatureCollection, with names (materials in the reader's
 * language by {@code Accept-Language}; sites and companies where the reader may see them), classes, windows and
 * tonnes. Unlike the paged list endpoints, an export walks every page, up to {@value #MAX_ROWS} listings.
 */
@RestController
@RequestMapping("/api/v1/exports")
class ExportController {

    static final int MAX_ROWS = 50_000;
    private static final int PAGE = 1000;
    private static final List<MediaType> FORMATS = List.of(Sheets.CSV, Sheets.XLSX, FeatureCollection.MEDIA_TYPE);

    private final Listings listings;
    private final ListingRows rows;

    ExportController(Listings listings, ListingRows rows) {
        this.listings = listings;
        this.rows = rows;
    }

    @Operation(summary = "Export supplies",
            description = "Every supply the listing search's filters select, as CSV, XLSX or GeoJSON, with material "
                    + "names in the reader's language, classes, windows and tonnes.")
    @ListingSearchParameters
    @GetMapping("/supplies")
    Mono<ResponseEntity<Object>> supplies(Caller caller,
                                          @Parameter(hidden = true) @RequestParam Map<String, String> filters,
                                          @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                          @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                          String acceptLanguage) {
        return export(new Request(caller, filters, accept, acceptLanguage), "supplies", "tilbud",
                page -> listings.searchSupplies(caller, page), rows::supplies, SupplyRow.COLUMNS);
    }

    @Operation(summary = "Export demands",
            description = "Every demand the listing search's filters select, as CSV, XLSX or GeoJSON, with material "
                    + "names in the reader's language, classes, windows and tonnes.")
    @ListingSearchParameters
    @GetMapping("/demands")
    Mono<ResponseEntity<Object>> demands(Caller caller,
                                         @Parameter(hidden = true) @RequestParam Map<String, String> filters,
                                         @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                         @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                         String acceptLanguage) {
        return export(new Request(caller, filters, accept, acceptLanguage), "demands", "behov",
                page -> listings.searchDemands(caller, page), rows::demands, DemandRow.COLUMNS);
    }

    private record Request(Caller caller, Map<String, String> filters, String accept, String acceptLanguage) {
    }

    /** Makes the listings' rows with names, for the caller, in the language. */
    private interface Rows<L, R> {
        Mono<List<Located<R>>> of(Caller caller, List<L> listings, Language language);
    }

    private <L, R> Mono<ResponseEntity<Object>> export(Request request, String nameEn, String nameNb,
                                                       Function<ListingSearch, Mono<Page<L>>> search,
                                                       Rows<L, R> rowsOf, List<Column<Located<R>>> columns) {
        MediaType format = ContentNegotiation.choose(request.accept(), FORMATS);
        Language language = Language.fromAcceptLanguage(request.acceptLanguage());
        return all(request.filters(), search)
                .flatMap(found -> rowsOf.of(request.caller(), found, language))
                .publishOn(Schedulers.boundedElastic())
                .map(located -> file(format, language, language == Language.EN ? nameEn : nameNb, columns, located));
    }

    /** Every listing the filters select, page after page; refused (422) beyond {@value #MAX_ROWS}. */
    private static <L> Mono<List<L>> all(Map<String, String> filters,
                                         Function<ListingSearch, Mono<Page<L>>> search) {
        if (filters.containsKey(Paging.LIMIT) || filters.containsKey(Cursor.PARAMETER)) {
            throw ApiException.badRequest(filters.containsKey(Paging.LIMIT) ? Paging.LIMIT : Cursor.PARAMETER,
                    "field.export.paging");
        }
        ListingSearch first = ListingSearch.of(filters, PAGE);
        return search.apply(first)
                .expand(page -> page.next() == null ? Mono.empty() : search.apply(first.after(page.next())))
                .take(MAX_ROWS / PAGE + 1)
                .concatMapIterable(Page::items)
                .collectList()
                .map(found -> {
                    if (found.size() > MAX_ROWS) {
                        throw ApiException.invalid("filters", "field.export.tooMany", MAX_ROWS);
                    }
                    return found;
                });
    }

    private static <R> ResponseEntity<Object> file(MediaType format, Language language, String name,
                                                   List<Column<Located<R>>> columns, List<Located<R>> located) {
        if (format.equals(FeatureCollection.MEDIA_TYPE)) {
            return ResponseEntity.ok().contentType(format).body(new FeatureCollection(located.stream()
                    .map(one -> new FeatureCollection.Feature(one.id(), one.location(), one.row())).toList(), null));
        }
        List<List<Object>> cells = new ArrayList<>();
        for (Located<R> one : located) {
            cells.add(columns.stream().map(column -> Sheets.cell(column.value().apply(one))).toList());
        }
        Sheets.Written sheet = new Sheets.Written(name, Column.headings(columns, language), cells);
        boolean xlsx = format.equals(Sheets.XLSX);
        return ResponseEntity.ok().contentType(format)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name
                        + (xlsx ? ".xlsx" : ".csv") + "\"")
                .body(xlsx ? Sheets.xlsx(List.of(sheet)) : Sheets.csv(sheet));
    }
}
