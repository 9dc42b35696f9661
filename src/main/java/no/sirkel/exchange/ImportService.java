package no.sirkel.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import no.sirkel.company.CompanyNames;
import no.sirkel.listing.Listings;
import no.sirkel.material.MaterialCatalogue;
import no.sirkel.security.Caller;
import no.sirkel.security.Role;
import no.sirkel.site.Site;
import no.sirkel.site.SiteDirectory;
import no.sirkel.web.ApiException;
import no.sirkel.web.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Imports sites and listings from a table: checks every row against the rules of sites and listings first, reporting
 * every problem by row and column; then, where there are none and it is not a dry run, writes all rows in one
 * transaction, so that a file is imported whole or not at all. A row's site is the company's site of that name, or a
 * new one made from the first row that names it with coordinates.
 */
@Service
class ImportService {

    /** Where a listing's site is new, its validation needs a site id; the new site's own checks come first. */
    private static final UUID SITE_TO_BE_CREATED = new UUID(0, 0);
    private static final Map<String, ImportColumn> COLUMN_OF_FIELD = new HashMap<>(Map.ofEntries(
            Map.entry("siteId", ImportColumn.SITE), Map.entry("name", ImportColumn.SITE),
            Map.entry("material", ImportColumn.MATERIAL), Map.entry("accepts", ImportColumn.MATERIAL),
            Map.entry("contaminationClass", ImportColumn.CONTAMINATION_CLASS),
            Map.entry("maxContaminationClass", ImportColumn.CONTAMINATION_CLASS),
            Map.entry("quantity", ImportColumn.AMOUNT), Map.entry("quantity.amount", ImportColumn.AMOUNT),
            Map.entry("quantity.unit", ImportColumn.UNIT), Map.entry("densityTonnesPerM3", ImportColumn.UNIT),
            Map.entry("kind", ImportColumn.KIND), Map.entry("availableFrom", ImportColumn.FROM),
            Map.entry("neededFrom", ImportColumn.FROM), Map.entry("availableTo", ImportColumn.TO),
            Map.entry("neededTo", ImportColumn.TO), Map.entry("maxHaulKm", ImportColumn.MAX_HAUL_KM),
            Map.entry("description", ImportColumn.DESCRIPTION), Map.entry("status", ImportColumn.LISTING),
            Map.entry("location", ImportColumn.X), Map.entry("location.coordinates", ImportColumn.X),
            Map.entry("location.type", ImportColumn.X), Map.entry("municipality", ImportColumn.MUNICIPALITY),
            Map.entry("address", ImportColumn.ADDRESS), Map.entry("companyId", ImportColumn.COMPANY_ID)));

    private final Listings listings;
    private final SiteDirectory sites;
    private final CompanyNames companies;
    private final MaterialCatalogue catalogue;
    private final TransactionalOperator transaction;

    ImportService(Listings listings, SiteDirectory sites, CompanyNames companies, MaterialCatalogue catalogue,
                  ReactiveTransactionManager transactions) {
        this.listings = listings;
        this.sites = sites;
        this.companies = companies;
        this.catalogue = catalogue;
        this.transaction = TransactionalOperator.create(transactions);
    }

    /**
     * What an import did, or would do in a dry run.
     *
     * @param newSites     how many sites the file makes
     * @param supplyCount  how many supplies it lists
     * @param demandCount  how many demands it lists
     * @param sitesCreated the new sites' ids (empty in a dry run)
     * @param supplies     the new supplies' ids in row order (empty in a dry run)
     * @param demands      the new demands' ids in row order (empty in a dry run)
     */
    record Outcome(boolean dryRun, int newSites, int supplyCount, int demandCount, List<UUID> sitesCreated,
                   List<UUID> supplies, List<UUID> demands) {
    }

    /** Thrown where any row is at fault: nothing is written. */
    static final class Refused extends RuntimeException {
        private final List<ImportError> errors;

        Refused(List<ImportError> errors) {
            super(errors.size() + " problems", null, false, false);
            this.errors = List.copyOf(errors);
        }

        List<ImportError> errors() {
            return errors;
        }
    }

    Mono<Outcome> importTable(Caller caller, Table table, boolean dryRun) {
        caller.requireRole(Role.MEMBER, Role.ADMIN);
        return catalogue.byCode().flatMap(materials -> {
            ImportReader reader = new ImportReader(table, materials, caller.isAdmin() ? null : caller.companyId());
            List<ImportRow> rows = reader.read();
            List<ImportError> errors = new ArrayList<>(reader.errors());
            Set<UUID> companyIds = rows.stream().map(ImportRow::companyId).filter(id -> id != null)
                    .collect(Collectors.toSet());
            return Mono.zip(companies.visibleTo(caller, companyIds),
                            Flux.fromIterable(companyIds).concatMap(sites::findByCompany).collectList())
                    .flatMap(found -> check(rows, reader, found.getT1().keySet(), found.getT2(), errors))
                    .flatMap(plan -> {
                        if (!errors.isEmpty()) {
                            errors.sort(java.util.Comparator.comparingInt(ImportError::row));
                            return Mono.error(new Refused(errors));
                        }
                        return dryRun ? Mono.just(plan.outcome(true, List.of(), List.of(), List.of()))
                                : write(caller, plan);
                    });
        });
    }

    /** The rows with each site resolved, and the new sites to create, once every row is checked. */
    private record Plan(List<ImportRow> rows, Map<ImportRow.SiteKey, Site> existing,
                        Map<ImportRow.SiteKey, ImportRow> newSites) {

        Outcome outcome(boolean dryRun, List<UUID> sitesCreated, List<UUID> supplies, List<UUID> demands) {
            return new Outcome(dryRun, newSites.size(), (int) rows.stream().filter(row -> row.supply() != null)
                    .count(), (int) rows.stream().filter(row -> row.demand() != null).count(), sitesCreated,
                    supplies, demands);
        }
    }

    private Mono<Plan> check(List<ImportRow> rows, ImportReader reader, Set<UUID> knownCompanies,
                             List<Site> companySites, List<ImportError> errors) {
        Map<ImportRow.SiteKey, Site> existing = new HashMap<>();
        for (Site site : companySites) {
            existing.putIfAbsent(new ImportRow.SiteKey(site.companyId(),
                    site.name().trim().toLowerCase(java.util.Locale.ROOT)), site);
        }
        Map<ImportRow.SiteKey, ImportRow> newSites = new LinkedHashMap<>();
        for (ImportRow row : rows) {
            if (row.companyId() == null) {
                continue;
            }
            if (!knownCompanies.contains(row.companyId())) {
                errors.add(new ImportError(row.number(), reader.heading(ImportColumn.COMPANY_ID),
                        "field.notACompany"));
                continue;
            }
            ImportRow.SiteKey key = row.site();
            if (existing.containsKey(key) || newSites.containsKey(key)) {
                continue;
            }
            if (row.location() == null) {
                errors.add(new ImportError(row.number(), reader.heading(ImportColumn.X), Text.of("field.import.newSite",
                        row.siteName())));
                continue;
            }
            newSites.put(key, row);
            for (ApiException.FieldError problem : sites.problemsOfNewSite(row.companyId(), row.siteName(),
                    row.location(), row.crs(), row.municipality(), row.address())) {
                errors.add(error(row, problem, reader));
            }
        }
        return Flux.fromIterable(rows).concatMap(row -> {
            Site site = existing.get(row.site());
            ImportRow placed = row.atSite(site != null ? site.id() : SITE_TO_BE_CREATED);
            return (placed.supply() != null ? listings.problemsOfNewSupply(placed.supply())
                    : listings.problemsOfNewDemand(placed.demand()))
                    .doOnNext(problems -> problems.forEach(problem -> errors.add(error(row, problem, reader))));
        }).then(Mono.fromSupplier(() -> new Plan(rows, existing, newSites)));
    }

    private Mono<Outcome> write(Caller caller, Plan plan) {
        Map<ImportRow.SiteKey, UUID> siteIds = new HashMap<>();
        plan.existing().forEach((key, site) -> siteIds.put(key, site.id()));
        List<UUID> created = new ArrayList<>();
        List<UUID> supplies = new ArrayList<>();
        List<UUID> demands = new ArrayList<>();
        Mono<Void> writes = Flux.fromIterable(plan.newSites().entrySet())
                .concatMap(entry -> {
                    ImportRow row = entry.getValue();
                    return sites.register(row.companyId(), row.siteName(), row.location(), row.crs(),
                            row.municipality(), row.address()).doOnNext(site -> {
                                siteIds.put(entry.getKey(), site.id());
                                created.add(site.id());
                            });
                })
                .thenMany(Flux.fromIterable(plan.rows()).concatMap(row -> {
                    ImportRow placed = row.atSite(siteIds.get(row.site()));
                    return placed.supply() != null
                            ? listings.createSupply(caller, placed.supply()).doOnNext(s -> supplies.add(s.id()))
                            : listings.createDemand(caller, placed.demand()).doOnNext(d -> demands.add(d.id()));
                }))
                .then();
        return transaction.transactional(writes)
                .then(Mono.fromSupplier(() -> plan.outcome(false, created, supplies, demands)));
    }

    private static ImportError error(ImportRow row, ApiException.FieldError problem, ImportReader reader) {
        String field = problem.field().replaceAll("\\[\\d+]$", "");
        ImportColumn column = COLUMN_OF_FIELD.get(field);
        return new ImportError(row.number(), column == null ? null : reader.heading(column),
                column == null ? Text.of("detail.field", problem.field(), problem.text()) : problem.text());
    }
}
