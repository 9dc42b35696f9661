package no.sirkel.listing;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import no.sirkel.material.MaterialCatalogue;
import no.sirkel.site.SiteDirectory;
import tools.jackson.databind.ObjectMapper;

@RestController
@RequestMapping(DemandController.PATH)
class DemandController extends ListingController<Demand, DemandRequest, DemandRequest.Fields> {

    static final String PATH = "/api/v1/demands";

    DemandController(DemandRepository demands, SiteDirectory sites, MaterialCatalogue catalogue, ObjectMapper json,
                    ListingChanges changes) {
        super(PATH, new ListingService<>("demand", demands, sites, catalogue, json, changes, DemandRequest.class,
                Demand::asRequest));
    }
}
