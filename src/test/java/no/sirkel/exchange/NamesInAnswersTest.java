package no.sirkel.exchange;

import static no.sirkel.Eventually.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;
import no.sirkel.database.ChangeAnnouncements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The site and company names that features and exports show are kept between answers, and a change shows: through
 * this instance at once, from another instance (or SQL) as soon as its announcement arrives.
 */
@IntegrationTest
class NamesInAnswersTest {

    private static final Duration ANNOUNCEMENT_WAIT = Duration.ofSeconds(5);

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    @Autowired
    ChangeAnnouncements announcements;

    private TestApi api;
    private UUID companyId;
    private UUID siteId;
    private UUID supplyId;

    @BeforeEach
    void aSupplyShownOnce() {
        api = new TestApi(client);
        companyId = api.createCompany("Leire og Grus AS");
        siteId = api.createSite(companyId, "Tomta", 10.40, 63.43);
        supplyId = api.createSupply(siteId, "CLAY", 2, 500);
        awaitTrue(announcements::listening, ANNOUNCEMENT_WAIT, "the service listens for changes");
        assertThat(property("siteName")).isEqualTo("Tomta");
        assertThat(property("companyName")).isEqualTo("Leire og Grus AS");
    }

    @Test
    void aSiteRenamedThroughThisInstanceShowsItsNewNameAtOnce() {
        api.asAdmin().put().uri("/api/v1/sites/{id}", siteId)
                .bodyValue(Map.of("name", "Nye tomta", "municipality", "Trondheim",
                        "location", Map.of("type", "Point", "coordinates", List.of(10.40, 63.43))))
                .exchange().expectStatus().isOk();

        assertThat(property("siteName")).isEqualTo("Nye tomta");
    }

    @Test
    void aSiteRenamedByAnotherInstanceShowsItsNewNameOnceAnnounced() {
        changeBehindTheServicesBack("update site set name = 'Tomta nord' where id = :id", siteId);

        awaitTrue(() -> "Tomta nord".equals(property("siteName")), ANNOUNCEMENT_WAIT, "the new site name shows");
    }

    @Test
    void aSiteDeletedByAnotherInstanceIsNoLongerNamed() {
        changeBehindTheServicesBack("update site set deleted_at = now() where id = :id", siteId);

        awaitTrue(() -> property("siteName") == null, ANNOUNCEMENT_WAIT, "the deleted site is not named");
    }

    @Test
    void aCompanyRenamedInTheDatabaseShowsItsNewNameOnceAnnounced() {
        changeBehindTheServicesBack("update company set name = 'Grus og Leire AS' where id = :id", companyId);

        awaitTrue(() -> "Grus og Leire AS".equals(property("companyName")), ANNOUNCEMENT_WAIT,
                "the new company name shows");
    }

    /** The supply's property as a planner's GIS client reads it; null where it is not shown. */
    private Object property(String name) {
        Map<?, ?> feature = api.asAdmin().get().uri("/ogc/collections/supplies/items/{id}", supplyId)
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return ((Map<?, ?>) feature.get("properties")).get(name);
    }

    private void changeBehindTheServicesBack(String sql, UUID id) {
        assertThat(db.sql(sql).bind("id", id).fetch().rowsUpdated().block()).isEqualTo(1);
    }
}
