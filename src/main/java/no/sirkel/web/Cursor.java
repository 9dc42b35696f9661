package no.sirkel.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Where a page ended: the sort key of its last item. Every list of the API pages with this one format, which clients
 * see as an opaque string: base64url of {@code c1:} and the key's parts joined by commas. Instants are kept to the
 * microsecond, as PostgreSQL keeps them.
 *
 * @param parts the key, first sort column first
 */
public record Cursor(List<String> parts) {

    public static final String PARAMETER = "cursor";
    private static final String PREFIX = "c1:";

    /** The cursor after an item with this key; parts are UUIDs, {@link Instant}s or offsets. */
    public static String after(Object... key) {
        String plain = PREFIX + String.join(",", Arrays.stream(key).map(Cursor::part).toList());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a {@code cursor} parameter.
     *
     * @return the cursor, or null for the first page (no or a blank parameter)
     * @throws ApiException 400 naming {@code cursor} where it is not one this service issued
     */
    public static Cursor parse(String cursor) {
        return cursor == null || cursor.isBlank() ? null : decode(cursor);
    }

    /** Reads a cursor this service issued; 400 naming {@code cursor} for anything else, a blank one included. */
    public static Cursor decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            if (plain.startsWith(PREFIX)) {
                return new Cursor(List.of(plain.substring(PREFIX.length()).split(",", -1)));
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // reported below
        }
        throw notIssued();
    }

    /** The id in a cursor whose key is an item's id, or null for the first page; 400 where it is none. */
    public static UUID afterId(String cursor) {
        Cursor parsed = parse(cursor);
        return parsed == null ? null : parsed.uuid(0);
    }

    /** The key's part at {@code index} as an id; 400 where it is none. */
    public UUID uuid(int index) {
        try {
            return UUID.fromString(parts.get(index));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw notIssued();
        }
    }

    /** The key's part at {@code index} as a count of items to skip (0 or more); 400 where it is none. */
    public int offset(int index) {
        try {
            int offset = Integer.parseInt(parts.get(index));
            if (offset >= 0) {
                return offset;
            }
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            // reported below
        }
        throw notIssued();
    }

    /** The key's part at {@code index} as an instant; 400 where it is none. */
    public Instant instant(int index) {
        try {
            return Instant.EPOCH.plus(Long.parseLong(parts.get(index)), ChronoUnit.MICROS);
        } catch (IndexOutOfBoundsException | ArithmeticException | NumberFormatException e) {
            throw notIssued();
        }
    }

    private static String part(Object value) {
        return value instanceof Instant instant ? Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, instant))
                : value.toString();
    }

    private static ApiException notIssued() {
        return ApiException.badRequest(PARAMETER, "field.cursor");
    }
}
