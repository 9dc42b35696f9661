package no.sirkel.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.sirkel.geo.BoundingBox;
import no.sirkel.material.Material;
import no.sirkel.web.ApiException;
import org.junit.jupiter.api.Test;

class ListingSearchTest {

    private static final Map<String, Material> CATALOGUE = Map.of("CLAY",
            new Material("CLAY", "Clay", "Leire", "SOIL", "170504", 1.8, 1.3, true));
    private static final BoundingBox TRONDHEIM = new BoundingBox(10.3, 63.4, 10.5, 63.45);

    @Test
    void queryStringGivesFiltersAndPaging() {
        String cursor = new ListingCursor(Instant.parse("2026-11-30T08:00:00Z"), UUID.randomUUID()).encode();
        ListingSearch search = ListingSearch.fromQueryString(Map.of("material", "CLAY", "bbox", "10.3,63.4,10.5,63.45",
                "from", "2027-03-01", "limit", "250", "cursor", cursor));

        ListingQuery query = ListingQuery.of(search, CATALOGUE);

        assertThat(search.filters()).containsOnlyKeys("material", "bbox", "from");
        assertThat(query.material()).isEqualTo("CLAY");
        assertThat(query.bbox()).isEqualTo(TRONDHEIM);
        assertThat(query.from()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(query.limit()).isEqualTo(250);
        assertThat(query.cursor().encode()).isEqualTo(cursor);
        assertThat(query.statuses()).containsExactly(ListingStatus.ACTIVE);
    }

    @Test
    void queryStringWithoutPagingGivesTheFirstPageOfTheDefaultSize() {
        ListingSearch search = ListingSearch.fromQueryString(Map.of());

        assertThat(search.limit()).isEqualTo(ListingQuery.DEFAULT_LIMIT);
        assertThat(search.cursor()).isNull();
    }

    @Test
    void typedAreaAndWindowAreTakenAsGiven() {
        ListingSearch search = new ListingSearch(Map.of("status", "ACTIVE,CLOSED"), TRONDHEIM,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), 10, null);

        ListingQuery query = ListingQuery.of(search, CATALOGUE);

        assertThat(query.bbox()).isEqualTo(TRONDHEIM);
        assertThat(query.from()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(query.to()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(query.statuses()).containsExactly(ListingStatus.ACTIVE, ListingStatus.CLOSED);
        assertThat(query.limit()).isEqualTo(10);
    }

    @Test
    void nextPageKeepsTheFiltersAndTakesTheCursor() {
        ListingSearch first = ListingSearch.of(Map.of("material", "CLAY"), 1000);

        ListingSearch next = first.after("abc");

        assertThat(next).isEqualTo(new ListingSearch(Map.of("material", "CLAY"), null, null, null, 1000, "abc"));
    }

    @Test
    void areaGivenTypedAndAsFilterIsAProgrammingError() {
        assertThatThrownBy(() -> new ListingSearch(Map.of("bbox", "10.3,63.4,10.5,63.45"), TRONDHEIM, null, null, 10,
                null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pageSizeOutsideOneToAThousandIsRefusedNamingLimit() {
        assertRefused(() -> ListingSearch.of(Map.of(), 1001), "limit");
        assertRefused(() -> ListingSearch.fromQueryString(Map.of("limit", "0")), "limit");
    }

    @Test
    void unknownOrMalformedFilterIsRefusedNamingIt() {
        assertRefused(() -> ListingSearch.fromQueryString(Map.of("colour", "red")), "colour");
        assertRefused(() -> ListingQuery.of(ListingSearch.of(Map.of("limit", "5"), 10), CATALOGUE), "limit");
        assertRefused(() -> ListingQuery.of(ListingSearch.of(Map.of("material", "GOLD"), 10), CATALOGUE),
                "material");
        assertRefused(() -> ListingQuery.of(new ListingSearch(Map.of("to", "2026-12-31"), null,
                LocalDate.of(2027, 1, 1), null, 10, null), CATALOGUE), "to");
    }

    private static void assertRefused(Runnable search, String parameter) {
        assertThatThrownBy(search::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status().value()).isEqualTo(400);
            assertThat(e.errors()).extracting(ApiException.FieldError::field).isEqualTo(List.of(parameter));
        });
    }
}
