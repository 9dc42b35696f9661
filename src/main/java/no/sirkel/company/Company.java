package no.sirkel.company;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A firm on the marketplace, identified in Norway by its organisation number. */
record Company(UUID id, String name, String orgNumber, String contactEmail, OffsetDateTime createdAt) {
}
