package no.sirkel.web;

import java.util.UUID;

/** Paging cursors that are the id of the last item of the previous page. */
public final class Cursors {

    public static final String PARAMETER = "cursor";

    private Cursors() {
    }

    /** The id in a cursor, or null for the first page; 400 naming {@code cursor} where it is not one we issued. */
    public static UUID afterId(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(cursor);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(PARAMETER, "is not a cursor this service issued");
        }
    }
}
