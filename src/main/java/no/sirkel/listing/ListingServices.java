package no.sirkel.listing;

import no.sirkel.material.MaterialCatalogue;
import no.sirkel.site.SiteDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

/** The one rule set per kind of listing, shared by the HTTP controllers and {@link Listings}. */
@Configuration(proxyBeanMethods = false)
class ListingServices {

    @Bean
    ListingService<Supply, SupplyRequest, SupplyRequest.Fields> supplyService(SupplyRepository supplies,
            SiteDirectory sites, MaterialCatalogue catalogue, ObjectMapper json, ListingChanges changes) {
        return new ListingService<>("supply", supplies, sites, catalogue, json, changes, SupplyRequest.class,
                Supply::asRequest, Supply::anonymised);
    }

    @Bean
    ListingService<Demand, DemandRequest, DemandRequest.Fields> demandService(DemandRepository demands,
            SiteDirectory sites, MaterialCatalogue catalogue, ObjectMapper json, ListingChanges changes) {
        return new ListingService<>("demand", demands, sites, catalogue, json, changes, DemandRequest.class,
                Demand::asRequest, Demand::anonymised);
    }
}
