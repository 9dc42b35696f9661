package no.sirkel.exchange;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.sirkel.company.CompanyNames;
import no.sirkel.listing.Demand;
import no.sirkel.listing.Supply;
import no.sirkel.material.Language;
import no.sirkel.material.Material;
import no.sirkel.material.MaterialCatalogue;
import no.sirkel.security.Caller;
import no.sirkel.site.Site;
import no.sirkel.site.SiteDirectory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Turns listings into flat rows with names for GIS features and exports: materials named in the reader's language,
 * sites and companies named only where the reader may see them (one lookup a page for each, not one per listing, and
 * those mostly answered from names kept between pages).
 */
@Service
public class ListingRows {

    private final SiteDirectory sites;
    private final CompanyNames companies;
    private final MaterialCatalogue catalogue;

    ListingRows(SiteDirectory sites, CompanyNames companies, MaterialCatalogue catalogue) {
        this.sites = sites;
        this.companies = companies;
        this.catalogue = catalogue;
    }

    public Mono<List<Located<SupplyRow>>> supplies(Caller caller, List<Supply> supplies, Language language) {
        return names(caller, ids(supplies, Supply::siteId), ids(supplies, Supply::companyId)).map(names ->
                supplies.stream().map(supply -> {
                    Site site = names.site(supply.siteId());
                    return new Located<>(supply.id(), supply.location(), new SupplyRow(supply.material(),
                            names.material(supply.material(), language), supply.contaminationClass(),
                            supply.tonnes(), supply.quantity().amount(), supply.quantity().unit(),
                            supply.kind().name(), supply.availableFrom(), supply.availableTo(),
                            supply.status().name(), supply.description(), supply.siteId(),
                            site == null ? null : site.name(), site == null ? null : site.municipality(),
                            supply.companyId(), names.company(supply.companyId()), supply.updatedAt()));
                }).toList());
    }

    public Mono<List<Located<DemandRow>>> demands(Caller caller, List<Demand> demands, Language language) {
        return names(caller, ids(demands, Demand::siteId), ids(demands, Demand::companyId)).map(names ->
                demands.stream().map(demand -> {
                    Site site = names.site(demand.siteId());
                    return new Located<>(demand.id(), demand.location(), new DemandRow(
                            String.join(",", demand.accepts()),
                            demand.accepts().stream().map(code -> names.material(code, language))
                                    .collect(Collectors.joining(", ")),
                            demand.maxContaminationClass(), demand.tonnes(), demand.quantity().amount(),
                            demand.quantity().unit(), demand.kind().name(), demand.neededFrom(), demand.neededTo(),
                            demand.maxHaulKm(), demand.status().name(), demand.description(), demand.siteId(),
                            site == null ? null : site.name(), site == null ? null : site.municipality(),
                            demand.companyId(), names.company(demand.companyId()), demand.updatedAt()));
                }).toList());
    }

    private Mono<Names> names(Caller caller, Set<UUID> siteIds, Set<UUID> companyIds) {
        return Mono.zip(sites.findVisible(caller, siteIds).collectMap(Site::id, site -> site),
                        companies.visibleTo(caller, companyIds), catalogue.byCode())
                .map(found -> new Names(found.getT1(), found.getT2(), found.getT3()));
    }

    private static <L> Set<UUID> ids(Collection<L> listings, Function<L, UUID> id) {
        return listings.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** Names the caller may see; a listing shown without its site or company (another company's) has none. */
    private record Names(Map<UUID, Site> sites, Map<UUID, String> companies, Map<String, Material> materials) {

        Site site(UUID id) {
            return id == null ? null : sites.get(id);
        }

        String company(UUID id) {
            return id == null ? null : companies.get(id);
        }

        String material(String code, Language language) {
            Material material = materials.get(code);
            return material == null ? code : material.name(language);
        }
    }
}
