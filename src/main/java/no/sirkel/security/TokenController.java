package no.sirkel.security;

import java.net.URI;
import java.util.Arrays;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import no.sirkel.web.ApiException;
import no.sirkel.web.FieldErrors;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/tokens")
class TokenController {

    private final TokenRepository tokens;

    TokenController(TokenRepository tokens) {
        this.tokens = tokens;
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
                    return tokens.insert(Tokens.hash(token), role, request.companyId(), label)
                            .map(id -> ResponseEntity.created(URI.create("/api/v1/tokens/" + id))
                                    .body(new IssuedToken(id, token, role, request.companyId(), label)));
                });
    }

    record TokenRequest(String role, UUID companyId, String label) {

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
            errors.throwIfAny();
            return parsed;
        }
    }

    record IssuedToken(UUID id, String token, Role role, UUID companyId, String label) {
    }
}
