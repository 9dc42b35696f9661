package no.sirkel.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import no.sirkel.web.ApiException;

class ListingCursorTest {

    @Test
    void survivesTheRoundTripToTheMicrosecond() {
        ListingCursor cursor = new ListingCursor(Instant.parse("2026-11-22T09:15:30.123456Z"), UUID.randomUUID());
        assertThat(ListingCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void isOpaqueAndUrlSafe() {
        String encoded = new ListingCursor(Instant.now(), UUID.randomUUID()).encode();
        assertThat(encoded).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void refusesAnythingItDidNotIssueNamingTheParameter() {
        for (String bad : new String[] {"garbage!", "bDE6", UUID.randomUUID().toString(), ""}) {
            assertThatThrownBy(() -> ListingCursor.decode(bad))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status().value()).isEqualTo(400);
                        assertThat(e.errors().get(0).field()).isEqualTo("cursor");
                    });
        }
    }
}
