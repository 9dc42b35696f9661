package no.sirkel.listing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

import no.sirkel.web.ApiException;

/**
 * Where a page of listings ended, newest first: the last listing's creation time (microseconds, as PostgreSQL keeps
 * it) and id. The next page starts strictly after it, so listings created meanwhile (which sort first) neither repeat
 * nor shift the pages still to come. Clients see it as an opaque string.
 */
record ListingCursor(Instant createdAt, UUID id) {

    static final String PARAMETER = "cursor";
    private static final String PREFIX = "l1:";

    static ListingCursor after(Listing listing) {
        return new ListingCursor(listing.createdAt(), listing.id());
    }

    String encode() {
        String plain = PREFIX + ChronoUnit.MICROS.between(Instant.EPOCH, createdAt) + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor the service issued.
     *
     * @throws ApiException 400 naming {@code cursor} where it is not one
     */
    static ListingCursor decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (plain.startsWith(PREFIX)) {
                String[] parts = plain.substring(PREFIX.length()).split(":", 2);
                long micros = Long.parseLong(parts[0]);
                return new ListingCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), UUID.fromString(parts[1]));
            }
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | ArithmeticException e) {
            // reported below
        }
        throw ApiException.badRequest(PARAMETER, "is not a cursor this service issued");
    }
}
