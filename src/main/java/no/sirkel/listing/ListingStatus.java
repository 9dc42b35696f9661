package no.sirkel.listing;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a listing is in its life: an owner writes a {@code DRAFT}, publishes it ({@code ACTIVE}) and closes it
 * ({@code CLOSED}); the service marks it {@code MATCHED} when a deal takes it. Only drafts and active listings can be
 * edited; a matched listing can still be closed.
 */
public enum ListingStatus {
    DRAFT, ACTIVE, CLOSED, MATCHED;

    public static Optional<ListingStatus> parse(String name) {
        return Arrays.stream(values()).filter(status -> status.name().equals(name)).findFirst();
    }

    /** Whether a new listing may start in this status. */
    boolean allowedAtCreation() {
        return this == DRAFT || this == ACTIVE;
    }

    /** Whether its owner may still change the listing's terms. */
    boolean editable() {
        return this == DRAFT || this == ACTIVE;
    }

    /** Whether an owner may move a listing from this status to {@code next} (staying put is always allowed). */
    boolean canBecome(ListingStatus next) {
        return next == this
                || this == DRAFT && next == ACTIVE
                || (this == ACTIVE || this == MATCHED) && next == CLOSED;
    }
}
