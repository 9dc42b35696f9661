package no.sirkel.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure an admin can get in: the token in {@code SIRKEL_ADMIN_TOKEN} is registered (as a hash) where it is set;
 * otherwise, on the first start only, a token is generated and printed once.
 */
@Component
@Order(0)
class AdminTokenBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminTokenBootstrap.class);

    private final TokenRepository tokens;
    private final String configuredToken;

    AdminTokenBootstrap(TokenRepository tokens, @Value("${sirkel.admin-token:}") String configuredToken) {
        this.tokens = tokens;
        this.configuredToken = configuredToken;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!configuredToken.isBlank()) {
            String hash = Tokens.hash(configuredToken.trim());
            if (tokens.findActiveByHash(hash).blockOptional().isEmpty()) {
                tokens.insert(hash, Role.ADMIN, null, "SIRKEL_ADMIN_TOKEN").block();
            }
            return;
        }
        if (Boolean.TRUE.equals(tokens.anyActiveAdmin().block())) {
            return;
        }
        String token = Tokens.generate();
        tokens.insert(Tokens.hash(token), Role.ADMIN, null, "generated on first start").block();
        log.warn("No SIRKEL_ADMIN_TOKEN was set, so an admin token was generated. It is shown only now:");
        System.out.println();
        System.out.println("    Sirkel admin token: " + token);
        System.out.println();
    }
}
