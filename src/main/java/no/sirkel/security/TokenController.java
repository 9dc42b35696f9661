package no.sirkel.security;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

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
    @PostMapping
    Mono<ResponseEntity<IssuedToken>> issue(Caller caller, @RequestBody TokenRequest request) {
        caller.requireRole(Role.ADMIN);
        Role role = request.validatedRole();
        return tokens.companyExists(request.companyId())
                .flatMap(exists -> {
                    if (!exists) {
                        return Mono.error(ApiException.invalid("companyId", "is not a registered company"));
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
    @DeleteMapping("/{id}")
    Mono<ResponseEntity<Void>> revoke(Caller caller, @PathVariable UUID id) {
        caller.requireRole(Role.ADMIN, Role.MEMBER);
        return tokens.find(id)
                .filter(token -> caller.isAdmin() || caller.isMemberOf(token.companyId()))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("token", id)))
                .flatMap(token -> tokens.revoke(id))
                .then(Mono.fromRunnable(() -> cache.forget(id)))
                .thenReturn(ResponseEntity.noContent().build());
    }

    /** @param expiresAt when the token stops working (in the future); absent for never */
    record TokenRequest(String role, UUID companyId, String label, OffsetDateTime expiresAt) {

        Role validatedRole() {
            FieldErrors errors = new FieldErrors();
            Role parsed = null;
            if (errors.required(role, "role")) {
                parsed = Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
                errors.check(parsed != null, "role", "must be one of " + Arrays.toString(Role.values()));
            }
            if (parsed == Role.MEMBER) {
                errors.required(companyId, "companyId");
            } else if (parsed != null) {
                errors.check(companyId == null, "companyId", "is only for MEMBER tokens");
            }
            errors.check(label == null || label.length() <= 200, "label", "must be at most 200 characters");
            errors.check(expiresAt == null || expiresAt.isAfter(OffsetDateTime.now()), "expiresAt",
                    "must be in the future");
            errors.throwIfAny();
            return parsed;
        }
    }

    /** @param token the token itself, shown only in this answer */
    record IssuedToken(UUID id, String token, Role role, UUID companyId, String label, OffsetDateTime expiresAt) {
    }
}
