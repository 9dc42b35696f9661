package no.sirkel.listing;

import static no.sirkel.listing.ListingStatus.ACTIVE;
import static no.sirkel.listing.ListingStatus.CLOSED;
import static no.sirkel.listing.ListingStatus.DRAFT;
import static no.sirkel.listing.ListingStatus.MATCHED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListingStatusTest {

    @Test
    void ownersMoveDraftToActiveToClosed() {
        assertThat(DRAFT.canBecome(ACTIVE)).isTrue();
        assertThat(ACTIVE.canBecome(CLOSED)).isTrue();
        assertThat(MATCHED.canBecome(CLOSED)).isTrue();
    }

    @Test
    void ownersNeverGoBackNorMarkMatched() {
        assertThat(ACTIVE.canBecome(DRAFT)).isFalse();
        assertThat(CLOSED.canBecome(ACTIVE)).isFalse();
        assertThat(DRAFT.canBecome(CLOSED)).isFalse();
        assertThat(ACTIVE.canBecome(MATCHED)).isFalse();
        assertThat(DRAFT.canBecome(MATCHED)).isFalse();
    }

    @Test
    void stayingPutIsAlwaysAllowed() {
        for (ListingStatus status : ListingStatus.values()) {
            assertThat(status.canBecome(status)).isTrue();
        }
    }

    @Test
    void onlyDraftsAndActiveListingsAreEditableOrNew() {
        assertThat(DRAFT.editable()).isTrue();
        assertThat(ACTIVE.editable()).isTrue();
        assertThat(CLOSED.editable()).isFalse();
        assertThat(MATCHED.editable()).isFalse();
        assertThat(DRAFT.allowedAtCreation()).isTrue();
        assertThat(CLOSED.allowedAtCreation()).isFalse();
    }

    @Test
    void parsesOnlyExactNames() {
        assertThat(ListingStatus.parse("ACTIVE")).contains(ACTIVE);
        assertThat(ListingStatus.parse("active")).isEmpty();
        assertThat(ListingStatus.parse(null)).isEmpty();
    }
}
