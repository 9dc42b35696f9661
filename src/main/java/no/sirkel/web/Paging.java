package no.sirkel.web;

import java.util.List;
import java.util.function.Function;

/**
 * Paging for every list of the API: a {@code limit} between 1 and the endpoint's maximum, one item more fetched than
 * asked for, and a {@link Cursor} after the page's last item where that extra item shows a next page.
 */
public final class Paging {

    public static final String LIMIT = "limit";

    private Paging() {
    }

    /** The page size; 400 naming {@code limit} unless it is from 1 to {@code max}. */
    public static int limit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw invalidLimit(max);
        }
        return limit;
    }

    /** Reads a {@code limit} parameter: {@code defaultLimit} where absent; 400 unless a whole number 1 to max. */
    public static int limit(String limit, int defaultLimit, int max) {
        if (limit == null || limit.isBlank()) {
            return defaultLimit;
        }
        try {
            return limit(Integer.parseInt(limit.trim()), max);
        } catch (NumberFormatException e) {
            throw invalidLimit(max);
        }
    }

    private static ApiException invalidLimit(int max) {
        return ApiException.badRequest(LIMIT, "field.limit", max);
    }

    /**
     * The page of {@code fetched} (up to {@code limit} + 1 items, in page order).
     *
     * @param cursorAfter the cursor after an item: {@link Cursor#after} of its sort key
     */
    public static <T> Page<T> page(List<T> fetched, int limit, Function<T, String> cursorAfter) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> page = fetched.subList(0, limit);
        return new Page<>(page, cursorAfter.apply(page.get(limit - 1)));
    }
}
