package no.sirkel.massreport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import no.sirkel.delivery.Delivery;
import no.sirkel.delivery.DeliveryFacts;
import no.sirkel.delivery.Destination;
import no.sirkel.delivery.Emissions;
import no.sirkel.delivery.OutsideDelivery;
import no.sirkel.listing.ListingFact;
import no.sirkel.listing.ListingFacts;
import no.sirkel.listing.ListingStatus;
import no.sirkel.material.Material;
import no.sirkel.material.MaterialCatalogue;
import no.sirkel.proposal.Deal;
import no.sirkel.proposal.Deals;
import no.sirkel.security.Caller;
import no.sirkel.security.Role;
import no.sirkel.site.Site;
import no.sirkel.site.SiteDirectory;
import no.sirkel.web.ApiException;
import reactor.core.publisher.Mono;

/** Builds a site's mass report from its listings, their deals and deliveries, and its records outside Sirkel. */
@Service
class MassReports {

    private final SiteDirectory sites;
    private final ListingFacts listings;
    private final Deals deals;
    private final DeliveryFacts deliveries;
    private final MaterialCatalogue catalogue;

    MassReports(SiteDirectory sites, ListingFacts listings, Deals deals, DeliveryFacts deliveries,
                MaterialCatalogue catalogue) {
        this.sites = sites;
        this.listings = listings;
        this.deals = deals;
        this.deliveries = deliveries;
        this.catalogue = catalogue;
    }

    /** The report for the site's company, planners and admins; 404 for anyone else. */
    Mono<MassReport> report(UUID siteId, Caller caller) {
        return sites.find(siteId)
                .filter(site -> caller.role() != Role.MEMBER || caller.isMemberOf(site.companyId()))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("site", siteId)))
                .flatMap(site -> Mono.zip(listings.atSite(siteId).collectList(),
                                deals.atSite(siteId).flatMapSequential(deal -> deliveries.ofDeal(deal.proposalId())
                                        .filter(Delivery::counts).collectList()
                                        .map(list -> new DealDeliveries(deal, list))).collectList(),
                                deliveries.outside(siteId).collectList(), catalogue.byCode())
                        .map(found -> build(site, found.getT1(), found.getT2(), found.getT3(), found.getT4())));
    }

    private record DealDeliveries(Deal deal, List<Delivery> deliveries) {
    }

    private static MassReport build(Site site, List<ListingFact> listed, List<DealDeliveries> dealt,
                                    List<OutsideDelivery> outside, Map<String, Material> materials) {
        List<MassReport.Row> rows = new ArrayList<>();
        for (ListingFact listing : listed) {
            if (listing.status() == ListingStatus.DRAFT) {
                continue;
            }
            MassReport.Direction direction = listing.supply() ? MassReport.Direction.OUT : MassReport.Direction.IN;
            List<DealDeliveries> ofListing = dealt.stream()
                    .filter(d -> listing.id().equals(listing.supply() ? d.deal().supplier().listingId()
                            : d.deal().receiver().listingId()))
                    .toList();
            if (ofListing.isEmpty()) {
                Material material = materials.get(listing.materials().get(0));
                rows.add(new MassReport.Row(direction, String.join("/", listing.materials()), name(material, true),
                        name(material, false), material == null ? null : material.ewcCode(),
                        listing.contaminationClass(), listing.tonnes(), 0.0, 0, null, null, 0, 0, 0, false));
            }
            for (int i = 0; i < ofListing.size(); i++) {
                Deal deal = ofListing.get(i).deal();
                double delivered = ofListing.get(i).deliveries().stream().mapToDouble(Delivery::tonnes).sum();
                int trips = ofListing.get(i).deliveries().stream().mapToInt(Delivery::truckTrips).sum();
                Material material = materials.get(deal.material());
                Deal.Party counterpart = listing.supply() ? deal.receiver() : deal.supplier();
                rows.add(new MassReport.Row(direction, deal.material(), name(material, true), name(material, false),
                        material == null ? null : material.ewcCode(), deal.contaminationClass(),
                        i == 0 ? listing.tonnes() : null, deal.tonnes(), delivered, counterpart.companyName(),
                        deal.km(), trips, Emissions.co2Kg(delivered, deal.km()), 0, false));
            }
        }
        for (OutsideDelivery moved : outside) {
            Material material = materials.get(moved.material());
            boolean landfill = moved.destination() == Destination.LANDFILL;
            rows.add(new MassReport.Row(MassReport.Direction.OUT, moved.material(), name(material, true),
                    name(material, false), material == null ? null : material.ewcCode(), moved.contaminationClass(),
                    null, null, moved.tonnes(), moved.receiver(), moved.km(), moved.truckTrips(),
                    moved.km() == null ? 0 : Emissions.co2Kg(moved.tonnes(), moved.km()),
                    landfill ? moved.tonnes() : 0, true));
        }
        return new MassReport(site.name(), site.municipality(), LocalDate.now(Delivery.CALENDAR), rows, totals(rows));
    }

    private static MassReport.Totals totals(List<MassReport.Row> rows) {
        double plannedOut = 0, plannedIn = 0, agreedOut = 0, agreedIn = 0, deliveredOut = 0, deliveredIn = 0;
        double reused = 0, landfill = 0, co2 = 0;
        int trips = 0;
        for (MassReport.Row row : rows) {
            boolean out = row.direction() == MassReport.Direction.OUT;
            double planned = row.plannedTonnes() == null ? 0 : row.plannedTonnes();
            double agreed = row.agreedTonnes() == null ? 0 : row.agreedTonnes();
            if (out) {
                plannedOut += planned;
                agreedOut += agreed;
                deliveredOut += row.deliveredTonnes();
                reused += row.deliveredTonnes() - row.landfillTonnes();
            } else {
                plannedIn += planned;
                agreedIn += agreed;
                deliveredIn += row.deliveredTonnes();
            }
            landfill += row.landfillTonnes();
            trips += row.truckTrips();
            co2 += row.co2Kg();
        }
        Double rate = reused + landfill > 0 ? 100 * reused / (reused + landfill) : null;
        return new MassReport.Totals(plannedOut, plannedIn, agreedOut, agreedIn, deliveredOut, deliveredIn, reused,
                landfill, trips, co2, rate);
    }

    private static String name(Material material, boolean english) {
        return material == null ? null : english ? material.nameEn() : material.nameNo();
    }
}
