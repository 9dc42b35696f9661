package no.sirkel.web;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@code If-Match} (or {@code If-None-Match}) request header against versioned resources, whose entity tag is
 * {@code "<version>"}. Writes honour it where given; without it (or with {@code *}) a write applies to whatever
 * version is current.
 *
 * @param versions the versions the client accepts; null where any will do
 */
public record IfMatch(List<String> versions) {

    public static final IfMatch ANY = new IfMatch(null);

    /** Reads the header; a weak tag ({@code W/"3"}) counts as its version. */
    public static IfMatch parse(String header) {
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
    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** Whether the client named specific versions, so a write must not be retried on a newer one. */
    public boolean given() {
        return versions != null;
    }

    public boolean matches(int version) {
        return versions == null || versions.contains(Integer.toString(version));
    }

    /** The versions named, for a SQL {@code version = any(:versions)}; null where any version will do. */
    public Integer[] numericVersions() {
        if (versions == null) {
            return null;
        }
        return versions.stream().filter(version -> version.matches("[0-9]{1,9}")).map(Integer::valueOf)
                .toArray(Integer[]::new);
    }
}
