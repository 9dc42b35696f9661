package no.sirkel.security;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A token as it is listed: what it may do and when it stops working, never the token itself (which is shown once, when
 * it is issued) nor its hash.
 *
 * @param companyId the member's company; null for ADMIN and PLANNER tokens
 * @param expiresAt when it stops working; null for never
 * @param revokedAt when it was revoked; null while it is not
 */
record TokenView(UUID id, Role role, UUID companyId, String label, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                 OffsetDateTime revokedAt) {
}
