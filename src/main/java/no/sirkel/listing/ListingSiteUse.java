package no.sirkel.listing;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import no.sirkel.site.SiteUse;
import reactor.core.publisher.Mono;

/** A site is in use while a supply or demand there is not closed: a draft, active or matched listing holds it. */
@Component
class ListingSiteUse implements SiteUse {

    private final DatabaseClient db;

    ListingSiteUse(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> inUse(UUID siteId) {
        return db.sql("""
                        select exists (select 1 from supply where site_id = :id and status <> 'CLOSED')
                            or exists (select 1 from demand where site_id = :id and status <> 'CLOSED') as used""")
                .bind("id", siteId)
                .map(row -> Boolean.TRUE.equals(row.get("used", Boolean.class)))
                .one();
    }
}
