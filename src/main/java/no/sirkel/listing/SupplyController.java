package no.sirkel.listing;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import no.sirkel.material.MaterialCatalogue;
import no.sirkel.site.SiteDirectory;
import tools.jackson.databind.ObjectMapper;

@RestController
@RequestMapping(SupplyController.PATH)
class SupplyController extends ListingController<Supply, SupplyRequest, SupplyRequest.Fields> {

    static final String PATH = "/api/v1/supplies";

    SupplyController(SupplyRepository supplies, SiteDirectory sites, MaterialCatalogue catalogue, ObjectMapper json,
                    ListingChanges changes) {
        super(PATH, new ListingService<>("supply", supplies, sites, catalogue, json, changes, SupplyRequest.class,
                Supply::asRequest));
    }
}
