package no.sirkel.listing;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@code If-Match} request header against listing versions, whose entity tag is {@code "<version>"}. Writes honour
 * it where given; without it (or with {@code *}) a write applies to whatever version is current.
 *
 * @param versions the versions the client accepts; null where any will do
 */
record IfMatch(List<String> versions) {

    static final IfMatch ANY = new IfMatch(null);

    /** Reads the header; a weak tag ({@code W/"3"}) counts as its version. */
    static IfMatch parse(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return ANY;
        }
        List<String> versions = new ArrayList<>();
        for (String tag : header.split(",")) {
            String trimmed = tag.trim();
            if (trimmed.startsWith("W/")) {
                trimmed = trimmed.substring(2);
            }
            if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
                versions.add(trimmed.substring(1, trimmed.length() - 1));
            }
        }
        return new IfMatch(List.copyOf(versions));
    }

    /** The entity tag of a version. */
    static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** Whether the client named specific versions, so a write must not be retried on a newer one. */
    boolean given() {
        return versions != null;
    }

    boolean matches(int version) {
        return versions == null || versions.contains(Integer.toString(version));
    }
}
