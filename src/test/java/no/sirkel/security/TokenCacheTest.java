package no.sirkel.security;

import static no.sirkel.Eventually.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;
import no.sirkel.database.ChangeAnnouncements;

/**
 * The token cache against the real database: revocations made where this instance cannot see them (another instance
 * of the service, or SQL) take effect through their announcement, and without a listening connection nothing is
 * cached. {@link TokenApiTest} covers revocation through this instance's API and expiry.
 */
@IntegrationTest
class TokenCacheTest {

    private static final Duration ANNOUNCEMENT_WAIT = Duration.ofSeconds(5);

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    @Autowired
    ChangeAnnouncements announcements;

    @Test
    void aTokenRevokedByAnotherInstanceIsRefusedAsSoonAsTheRevocationIsAnnounced() {
        TestApi api = new TestApi(client);
        String token = api.plannerToken();
        awaitTrue(announcements::listening, ANNOUNCEMENT_WAIT, "the token cache listens");
        api.as(token).get().uri("/api/v1/me").exchange().expectStatus().isOk();

        revokeBehindTheServicesBack(token);

        awaitTrue(() -> status(api, token) == 401, ANNOUNCEMENT_WAIT, "the revoked token is refused");
    }

    @Test
    void aRevocationWhileTheListeningConnectionIsLostIsNotMissed() {
        TestApi api = new TestApi(client);
        String token = api.plannerToken();
        awaitTrue(announcements::listening, ANNOUNCEMENT_WAIT, "the token cache listens");
        api.as(token).get().uri("/api/v1/me").exchange().expectStatus().isOk();
        List<Integer> lost = listeners();
        assertThat(lost).as("connections listening on " + TokenCache.CHANNEL).isNotEmpty();

        for (int pid : lost) {
            assertThat(db.sql("select pg_terminate_backend(:pid, 10000) as gone").bind("pid", pid)
                    .map(row -> row.get("gone", Boolean.class)).one().block()).isTrue();
        }
        revokeBehindTheServicesBack(token);
        awaitTrue(() -> !announcements.listening() || listeningAgain(lost), ANNOUNCEMENT_WAIT,
                "the service notices the loss");

        api.as(token).get().uri("/api/v1/me").exchange().expectStatus().isUnauthorized();
        awaitTrue(() -> listeningAgain(lost) && announcements.listening(), ANNOUNCEMENT_WAIT,
                "the token cache is in use again");
        api.as(token).get().uri("/api/v1/me").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void withoutAListeningConnectionEveryRequestLooksItsTokenUp() {
        TestApi api = new TestApi(client);
        String token = api.plannerToken();
        announcements.stop();
        try {
            assertThat(announcements.listening()).isFalse();
            api.as(token).get().uri("/api/v1/me").exchange().expectStatus().isOk();

            revokeBehindTheServicesBack(token);

            api.as(token).get().uri("/api/v1/me").exchange().expectStatus().isUnauthorized();
        } finally {
            announcements.start();
        }
        awaitTrue(announcements::listening, ANNOUNCEMENT_WAIT, "the token cache is in use again");
    }

    /** Revokes the token in the database directly, as another instance of the service does. */
    private void revokeBehindTheServicesBack(String token) {
        assertThat(db.sql("update api_token set revoked_at = now() where token_hash = :hash")
                .bind("hash", Tokens.hash(token)).fetch().rowsUpdated().block()).isEqualTo(1);
    }

    private boolean listeningAgain(List<Integer> lost) {
        return listeners().stream().filter(pid -> !lost.contains(pid)).count() >= lost.size();
    }

    /** The database processes of the connections listening for token changes (one per service on the database). */
    private List<Integer> listeners() {
        return db.sql("select pid from pg_stat_activity where position(:listen in query) > 0")
                .bind("listen", "LISTEN " + TokenCache.CHANNEL)
                .map(row -> row.get("pid", Integer.class)).all().collectList().block();
    }

    private static int status(TestApi api, String token) {
        return api.as(token).get().uri("/api/v1/me").exchange().returnResult(String.class).getStatus().value();
    }
}
