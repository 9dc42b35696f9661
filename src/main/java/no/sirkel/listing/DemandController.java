package no.sirkel.listing;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(DemandController.PATH)
class DemandController extends ListingController<Demand, DemandRequest, DemandRequest.Fields> {

    static final String PATH = "/api/v1/demands";

    DemandController(ListingService<Demand, DemandRequest, DemandRequest.Fields> demands) {
        super(PATH, demands);
    }
}
