package no.sirkel.listing;

import java.time.Instant;
import java.util.UUID;

import no.sirkel.web.Cursor;

/**
 * Where a page of listings ended, newest first: the last listing's creation time (microseconds, as PostgreSQL keeps
 * it) and id. The next page starts strictly after it, so listings created meanwhile (which sort first) neither repeat
 * nor shift the pages still to come. Clients see it as the API's one opaque {@link Cursor} format.
 */
record ListingCursor(Instant createdAt, UUID id) {

    String encode() {
        return Cursor.after(createdAt, id);
    }

    /**
     * Reads a cursor the service issued.
     *
     * @throws no.sirkel.web.ApiException 400 naming {@code cursor} where it is not one
     */
    static ListingCursor decode(String cursor) {
        Cursor decoded = Cursor.decode(cursor);
        return new ListingCursor(decoded.instant(0), decoded.uuid(1));
    }
}
