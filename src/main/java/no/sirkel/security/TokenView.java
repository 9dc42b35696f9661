package no.sirkel.security;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A token as it is listed: what it may do and when it stops working, never the token itself (which is shown once, when
 * it is issued) nor its hash.
 *
 * @param companyId the member's company; null for ADMIN and PLANNER tokens
 * @param expiresAt when it stops working; null for never
 * @param revokedAt when it was revoked; null while it is not
 */
record TokenView(@Schema(description = "The token's id (not its secret)") UUID id,
                 @Schema(description = "The token's role") Role role,
                 @Schema(description = "The company of a MEMBER token; null for others") UUID companyId,
                 @Schema(description = "What the token is for") String label,
                 @Schema(description = "When it was issued") OffsetDateTime createdAt,
                 @Schema(description = "When it expires; null for never") OffsetDateTime expiresAt,
                 @Schema(description = "When it was revoked; null while valid") OffsetDateTime revokedAt) {
}
