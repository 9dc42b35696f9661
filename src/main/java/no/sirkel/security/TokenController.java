package no.sirkel.security;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import no.sirkel.web.ApiException;
import no.sirkel.web.FieldErrors;
import no.sirkel.web.Page;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/tokens")
class TokenController {

    private final TokenRepository tokens;
    private final TokenCache cache;

    TokenController(TokenRepository tokens, TokenCache cache) {
        this.tokens = tokens;
        this.cache = cache;
    }

    /** Issues a token; the token itself is in this response only, the service keeps just its hash. */
    @Operation(summary = "Issue a token",
            description = "Issues a token with one role (ADMIN); a MEMBER token names its company. The token is shown "
                    + "once: the service keeps only its SHA-256 hash.")
    @ApiResponse(responseCode = "201", description = "The token, shown this once")
    @PostMapping
    Mono<ResponseEntity<IssuedToken>> issue(Caller caller, @RequestBody TokenRequest request) {
        caller.requireRole(Role.ADMIN);
        Role role = request.validatedRole();
        return tokens.companyExists(request.companyId())
                .flatMap(exists -> {
                    if (!exists) {
                        return Mono.error(ApiException.invalid("companyId", "field.notACompany"));
                    }
                    String token = Tokens.generate();
                    String label = request.label() == null ? "" : request.label();
                    return tokens.insert(Tokens.hash(token), role, request.companyId(), label, request.expiresAt())
                            .map(issued -> ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.id()))
                                    .body(new IssuedToken(issued.id(), token, role, request.companyId(), label,
                                            issued.expiresAt())));
                });
    }

    /** Every token for an admin; a member's company's own for a member. Never a token's secret. */
    @Operation(summary = "List tokens",
            description = "A page of the tokens issued (ADMIN), without their secret.")
    @GetMapping
    Mono<Page<TokenView>> list(Caller caller) {
        caller.requireRole(Role.ADMIN, Role.MEMBER);
        return tokens.list(caller.isAdmin() ? null : caller.companyId()).collectList()
                .map(all -> new Page<>(all, null));
    }

    /**
     * Revokes a token: every request with it is refused from the moment this answers on this instance, and on the
     * others from when the revocation's announcement reaches them ({@link TokenCache}). An admin may revoke any token, a member its company's own; another
     * company's token is 404 to a member.
     */
    @Operation(summary = "Revoke a token",
            description = "Revokes a token (ADMIN); it is refused from then on.")
    @DeleteMapping("/{id}")
    Mono<ResponseEntity<Void>> revoke(Caller caller,
                                      @Parameter(description = "The token's id (not its secret)")
                                      @PathVariable UUID id) {
        caller.requireRole(Role.ADMIN, Role.MEMBER);
        return tokens.find(id)
                .filter(token -> caller.isAdmin() || caller.isMemberOf(token.companyId()))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("token", id)))
                .flatMap(token -> tokens.revoke(id))
                .then(Mono.fromRunnable(() -> cache.forget(id)))
                .thenReturn(ResponseEntity.noContent().build());
    }

    /** @param expiresAt when the token stops working (in the future); absent for never */
    record TokenRequest(@Schema(description = "The token's role", allowableValues = {"ADMIN", "PLANNER", "MEMBER"})
                        String role,
                        @Schema(description = "The company of a MEMBER token (required for MEMBER, refused for others)")
                        UUID companyId,
                        @Schema(description = "What the token is for, 1 to 100 characters") String label,
                        @Schema(description = "When it expires (ISO 8601 with offset, in the future); leave out for "
                                + "never")
                        OffsetDateTime expiresAt) {

        Role validatedRole() {
            FieldErrors errors = new FieldErrors();
            Role parsed = null;
            if (errors.required(role, "role")) {
                parsed = Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
                errors.check(parsed != null, "role", "field.oneOf", Arrays.toString(Role.values()));
            }
            if (parsed == Role.MEMBER) {
                errors.required(companyId, "companyId");
            } else if (parsed != null) {
                errors.check(companyId == null, "companyId", "field.token.memberOnly");
            }
            errors.check(label == null || label.length() <= 200, "label", "field.atMostCharacters", 200);
            errors.check(expiresAt == null || expiresAt.isAfter(OffsetDateTime.now()), "expiresAt",
                    "field.inFuture");
            errors.throwIfAny();
            return parsed;
        }
    }

    /** @param token the token itself, shown only in this answer */
    record IssuedToken(@Schema(description = "The token's id") UUID id,
                       @Schema(description = "The secret to send as Authorization: Bearer; shown this once only")
                       String token,
                       @Schema(description = "The token's role") Role role,
                       @Schema(description = "The company of a MEMBER token; null for others") UUID companyId,
                       @Schema(description = "What the token is for") String label,
                       @Schema(description = "When it expires; null for never") OffsetDateTime expiresAt) {
    }
}
