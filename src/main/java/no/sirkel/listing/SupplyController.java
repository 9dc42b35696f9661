package no.sirkel.listing;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(SupplyController.PATH)
class SupplyController extends ListingController<Supply, SupplyRequest, SupplyRequest.Fields> {

    static final String PATH = "/api/v1/supplies";

    SupplyController(ListingService<Supply, SupplyRequest, SupplyRequest.Fields> supplies) {
        super(PATH, supplies);
    }
}
