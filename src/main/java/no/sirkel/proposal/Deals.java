package no.sirkel.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Deals for other features, without caller checks: the calling feature decides who may see what. */
@Service
public class Deals {

    private static final String SELECT = """
            select p.id, p.tonnes, p.km, s.material, s.contamination_class::int as class,
                   greatest(s.available_from, d.needed_from) as window_from,
                   least(s.available_to, d.needed_to) as window_to,
                   greatest(s.created_at, d.created_at) as listed_at,
                   (select max(e.at) from proposal_event e where e.proposal_id = p.id and e.to_state = 'DEAL')
                       as agreed_at,
                   s.quantity_unit, s.tonnes / s.quantity_amount as tonnes_per_unit,
                   s.company_id as s_company, sc.name as s_company_name, s.id as s_listing, ss.id as s_site,
                   ss.municipality as s_municipality, ss.lat as s_lat, ss.lon as s_lon,
                   d.company_id as d_company, dc.name as d_company_name, d.id as d_listing, ds.id as d_site,
                   ds.municipality as d_municipality, ds.lat as d_lat, ds.lon as d_lon
            from proposal p
            join supply s on s.id = p.supply_id
            join site ss on ss.id = s.site_id
            join company sc on sc.id = s.company_id
            join demand d on d.id = p.demand_id
            join site ds on ds.id = d.site_id
            join company dc on dc.id = d.company_id
            where p.state = 'DEAL'
            """;

    private final DatabaseClient db;

    Deals(DatabaseClient db) {
        this.db = db;
    }

    /** The deal, or empty where the proposal does not exist or is not a deal. */
    public Mono<Deal> find(UUID proposalId) {
        return db.sql(SELECT + "and p.id = :id").bind("id", proposalId).map(Deals::deal).one();
    }

    /** The deals whose supply or demand lies at the site. */
    public Flux<Deal> atSite(UUID siteId) {
        return db.sql(SELECT + "and (ss.id = :site or ds.id = :site) order by p.id").bind("site", siteId)
                .map(Deals::deal).all();
    }

    /** Every deal. */
    public Flux<Deal> all() {
        return db.sql(SELECT + "order by p.id").map(Deals::deal).all();
    }

    private static Deal deal(Readable row) {
        return new Deal(row.get("id", UUID.class), row.get("tonnes", Double.class), row.get("km", Double.class),
                row.get("material", String.class), row.get("class", Integer.class),
                row.get("window_from", LocalDate.class), row.get("window_to", LocalDate.class),
                instant(row.get("listed_at", OffsetDateTime.class)), instant(row.get("agreed_at", OffsetDateTime.class)),
                row.get("quantity_unit", String.class), row.get("tonnes_per_unit", Double.class),
                party(row, "s_"), party(row, "d_"));
    }

    private static Deal.Party party(Readable row, String prefix) {
        return new Deal.Party(row.get(prefix + "company", UUID.class), row.get(prefix + "company_name", String.class),
                row.get(prefix + "listing", UUID.class), row.get(prefix + "site", UUID.class),
                row.get(prefix + "municipality", String.class), row.get(prefix + "lat", Double.class),
                row.get(prefix + "lon", Double.class));
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
