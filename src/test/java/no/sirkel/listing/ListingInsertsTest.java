package no.sirkel.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;
import no.sirkel.listing.ListingRepository.NewListing;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@IntegrationTest
class ListingInsertsTest {

    private static final int LISTINGS = 40;

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    /** The supply repository, counting the listings of each insert statement. */
    private CountingSupplies supplies;

    @BeforeEach
    void countStatements() {
        supplies = new CountingSupplies(db);
    }

    @Test
    void creationsThatComeTogetherShareInsertsAndEachGetsItsOwnListing() {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Samlet innsetting AS");
        UUID site = api.createSite(company, "Tomt", 10.4, 63.4);

        Map<Integer, Optional<Supply>> created = insertAtOnce(i -> fields(site, "SAND", 100 + i), i -> company);

        assertThat(created.values()).allMatch(Optional::isPresent);
        created.forEach((i, supply) -> {
            assertThat(supply.get().quantity().amount()).isEqualTo(100 + i);
            assertThat(supply.get().siteId()).isEqualTo(site);
            assertThat(supply.get().companyId()).isEqualTo(company);
        });
        assertThat(created.values().stream().map(supply -> supply.get().id()).distinct()).hasSize(LISTINGS);
        assertThat(supplies.statements).hasSizeLessThan(LISTINGS).anyMatch(size -> size > 1);
    }

    @Test
    void aListingAtAnotherCompanysSiteIsLeftOutWhileTheOthersInTheSameInsertAreCreated() {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Egen tomt AS");
        UUID other = api.createCompany("Annens tomt AS");
        UUID site = api.createSite(company, "Egen", 10.4, 63.4);

        Map<Integer, Optional<Supply>> created = insertAtOnce(i -> fields(site, "SAND", 100 + i),
                i -> i % 10 == 0 ? other : company);

        created.forEach((i, supply) -> assertThat(supply).as("listing %d", i).matches(found -> i % 10 == 0
                ? found.isEmpty() : found.get().quantity().amount() == 100 + i));
        assertThat(supplies.statements).anyMatch(size -> size > 1);
    }

    @Test
    void whereASharedInsertFailsEachListingIsInsertedAloneAndOnlyTheFaultyOneFails() {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Feil i rekka AS");
        UUID site = api.createSite(company, "Rekke", 10.4, 63.4);
        ListingInserts<Supply, SupplyRequest.Fields> inserts = new ListingInserts<>(supplies);

        List<Object> outcomes = Flux.range(0, LISTINGS)
                .flatMapSequential(i -> inserts.insert(NewListing.of(
                                fields(site, i == 7 ? "NO_SUCH_MATERIAL" : "SAND", 100 + i), company))
                        .<Object>map(supply -> supply.quantity().amount())
                        .onErrorResume(failure -> Mono.just(failure.getClass().getSimpleName())), LISTINGS)
                .collectList().block();

        for (int i = 0; i < LISTINGS; i++) {
            if (i == 7) {
                assertThat(outcomes.get(i)).isEqualTo("DataIntegrityViolationException");
            } else {
                assertThat(outcomes.get(i)).isEqualTo(100.0 + i);
            }
        }
        assertThat(db.sql("select count(*) from supply where site_id = :site").bind("site", site)
                .map(row -> row.get(0, Long.class)).one().block()).isEqualTo(LISTINGS - 1);
    }

    private Map<Integer, Optional<Supply>> insertAtOnce(IntFunction<SupplyRequest.Fields> fields,
                                                        IntFunction<UUID> writer) {
        ListingInserts<Supply, SupplyRequest.Fields> inserts = new ListingInserts<>(supplies);
        return Flux.range(0, LISTINGS)
                .flatMap(i -> inserts.insert(NewListing.of(fields.apply(i), writer.apply(i))).map(Optional::of)
                        .defaultIfEmpty(Optional.empty()).map(supply -> Map.entry(i, supply)), LISTINGS)
                .collectMap(Map.Entry::getKey, Map.Entry::getValue).block();
    }

    private static SupplyRequest.Fields fields(UUID site, String material, double tonnes) {
        return new SupplyRequest.Fields(site, material, 1, new ListingTerms(new Quantity(tonnes, "t"), null, tonnes,
                ListingKind.ONE_OFF, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1), "", ListingStatus.ACTIVE));
    }

    private static final class CountingSupplies extends SupplyRepository {

        final List<Integer> statements = new CopyOnWriteArrayList<>();

        CountingSupplies(DatabaseClient db) {
            super(db);
        }

        @Override
        Flux<Supply> insertAll(List<NewListing<SupplyRequest.Fields>> listings) {
            statements.add(listings.size());
            return super.insertAll(listings);
        }
    }
}
