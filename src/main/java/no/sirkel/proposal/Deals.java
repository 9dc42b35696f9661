package no.sirkel.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import no.sirkel.listing.ListingFact;
import no.sirkel.listing.ListingFacts;

/**
 * Deals between a supply and a demand for other features (a deal on a storage hub's leg is not one of them: it has one
 * listing only), without caller checks: the calling feature decides who may see what. The proposal row
 * gives the agreed tonnes, km and the sides' companies; the two listings' facts (material, windows, unit, sites) come
 * from the listing feature's {@link ListingFacts}.
 */
@Service
public class Deals {

    private static final String SELECT = """
            select p.id, p.tonnes, p.km, p.supply_id, p.demand_id, p.supplier_company, sc.name as supplier_name,
                   p.receiver_company, dc.name as receiver_name,
                   (select max(e.at) from proposal_event e where e.proposal_id = p.id and e.to_state = 'DEAL')
                       as agreed_at
            from proposal p
            join company sc on sc.id = p.supplier_company
            join company dc on dc.id = p.receiver_company
            where p.state = 'DEAL' and p.kind = 'MATCH'
            """;

    private final DatabaseClient db;
    private final ListingFacts listings;

    Deals(DatabaseClient db, ListingFacts listings) {
        this.db = db;
        this.listings = listings;
    }

    /** The deal, or empty where the proposal does not exist or is not a deal. */
    public Mono<Deal> find(UUID proposalId) {
        return withListings(db.sql(SELECT + "and p.id = :id").bind("id", proposalId).map(Deals::row).all())
                .next();
    }

    /** The deals whose supply or demand lies at the site. */
    public Flux<Deal> atSite(UUID siteId) {
        return listings.atSite(siteId).map(ListingFact::id).collectList()
                .flatMapMany(ids -> ids.isEmpty() ? Flux.empty() : withListings(db.sql(SELECT
                                + "and (p.supply_id = any(:ids) or p.demand_id = any(:ids)) order by p.id")
                        .bind("ids", ids.toArray(UUID[]::new)).map(Deals::row).all()));
    }

    /** Every deal. */
    public Flux<Deal> all() {
        return withListings(db.sql(SELECT + "order by p.id").map(Deals::row).all());
    }

    private Flux<Deal> withListings(Flux<Row> rows) {
        return rows.collectList().flatMapMany(found -> {
            Set<UUID> ids = new HashSet<>();
            found.forEach(row -> {
                ids.add(row.supplyId());
                ids.add(row.demandId());
            });
            return listings.byIds(ids).flatMapMany(facts -> Flux.fromIterable(found)
                    .map(row -> row.deal(facts.get(row.supplyId()), facts.get(row.demandId()))));
        });
    }

    private static Row row(Readable row) {
        return new Row(row.get("id", UUID.class), row.get("tonnes", Double.class), row.get("km", Double.class),
                row.get("supply_id", UUID.class), row.get("demand_id", UUID.class),
                row.get("supplier_company", UUID.class), row.get("supplier_name", String.class),
                row.get("receiver_company", UUID.class), row.get("receiver_name", String.class),
                instant(row.get("agreed_at", OffsetDateTime.class)));
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    /** A deal's proposal row, before its listings are known. */
    private record Row(UUID id, double tonnes, double km, UUID supplyId, UUID demandId, UUID supplierCompany,
                       String supplierName, UUID receiverCompany, String receiverName, Instant agreedAt) {

        Deal deal(ListingFact supply, ListingFact demand) {
            return new Deal(id, tonnes, km, supply.materials().get(0), supply.contaminationClass(),
                    later(supply.from(), demand.from()), earlier(supply.to(), demand.to()),
                    supply.createdAt().isAfter(demand.createdAt()) ? supply.createdAt() : demand.createdAt(),
                    agreedAt, supply.quantityUnit(), supply.tonnesPerUnit(),
                    party(supplierCompany, supplierName, supply), party(receiverCompany, receiverName, demand));
        }

        private static Deal.Party party(UUID company, String name, ListingFact listing) {
            return new Deal.Party(company, name, listing.id(), listing.siteId(), listing.municipality(),
                    listing.lat(), listing.lon());
        }

        /** The later start; null (open) only where both are open, as SQL's greatest. */
        private static LocalDate later(LocalDate a, LocalDate b) {
            return a == null ? b : b == null || a.isAfter(b) ? a : b;
        }

        /** The earlier end; null (open) only where both are open, as SQL's least. */
        private static LocalDate earlier(LocalDate a, LocalDate b) {
            return a == null ? b : b == null || a.isBefore(b) ? a : b;
        }
    }
}
