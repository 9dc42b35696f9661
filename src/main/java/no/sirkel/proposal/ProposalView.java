package no.sirkel.proposal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import no.sirkel.geo.GeoPoint;
import no.sirkel.listing.ListingPrivacy;
import no.sirkel.listing.Listings;
import no.sirkel.security.Caller;
import no.sirkel.security.Role;

/**
 * A proposal as the API shows it. Planners and admins see the match itself; a member also sees which side it is on
 * and the counterpart's listing, but the counterpart's company and exact location only once the proposal is a deal: the
 * broker keeps names confidential until both sides have accepted. The counterpart's listing id is shown; it leads
 * only to the listing as {@link ListingPrivacy} shows it, without company or site.
 *
 * @param tonnes tonnes to move
 * @param km     road kilometres between the two sites
 * @param cost   the plan's estimated cost of the match in NOK (transport plus the route's fixed cost)
 * @param co2Kg  the plan's estimated CO2 of the transport in kilograms
 */
record ProposalView(UUID id, UUID scenarioId, UUID supplyId, UUID demandId, double tonnes, double km, double cost,
                    double co2Kg, ProposalState state, OffsetDateTime createdAt, OffsetDateTime updatedAt, Side side,
                    Counterpart counterpart) {

    static ProposalView of(ProposalRow row, Caller caller) {
        Side side = caller.role() == Role.MEMBER ? row.sideOf(caller.companyId()) : null;
        Counterpart counterpart = side == Side.SUPPLIER ? Counterpart.of("DEMAND", row.demand(), row.state())
                : side == Side.RECEIVER ? Counterpart.of("SUPPLY", row.supply(), row.state())
                : null;
        return new ProposalView(row.id(), row.scenarioId(), row.supply().listingId(), row.demand().listingId(),
                row.tonnes(), row.km(), row.cost(), row.co2Kg(), row.state(), row.createdAt(), row.updatedAt(), side,
                counterpart);
    }

    /**
     * The other side's listing.
     *
     * @param listingType        {@code SUPPLY} or {@code DEMAND}
     * @param material           the supply's material code (supplies only)
     * @param accepts            the material codes the demand accepts (demands only)
     * @param contaminationClass the supply's class, or the highest class the demand accepts
     * @param remainingTonnes    tonnes not yet promised in deals
     * @param from               start of the availability or need window
     * @param to                 end of that window
     * @param location           the site as a GeoJSON Point (WGS84 longitude, latitude): before the deal snapped to
     *                           the grid of {@link ListingPrivacy#coarse}, exact once it is a deal
     * @param company            who the counterpart is: present only once the proposal is a deal
     */
    record Counterpart(UUID listingId, String listingType, String material, List<String> accepts,
                       Integer contaminationClass, double tonnes, double remainingTonnes, LocalDate from, LocalDate to,
                       String municipality, Point location, Company company) {

        static Counterpart of(String listingType, ListingParty listing, ProposalState state) {
            Company company = state == ProposalState.DEAL
                    ? new Company(listing.companyId(), listing.companyName(), listing.contactEmail()) : null;
            Listings.Summary terms = listing.listing();
            GeoPoint site = new GeoPoint(terms.lon(), terms.lat());
            GeoPoint shown = state == ProposalState.DEAL ? site : ListingPrivacy.coarse(site);
            return new Counterpart(listing.listingId(), listingType, terms.material(), terms.accepts(),
                    terms.contaminationClass(), terms.tonnes(), terms.tonnes() - terms.reservedTonnes(),
                    terms.from(), terms.to(), terms.municipality(), Point.of(shown.lon(), shown.lat()), company);
        }
    }

    record Company(UUID id, String name, String contactEmail) {
    }

    /** A GeoJSON Point: coordinates are [longitude, latitude] in WGS84 degrees. */
    record Point(@Schema(description = "Always Point") String type,
                 @Schema(description = "[longitude, latitude] in WGS84 degrees; the counterpart's on the "
                         + "confidentiality grid until the proposal is a deal")
                 List<Double> coordinates) {

        static Point of(double lon, double lat) {
            return new Point("Point", List.of(lon, lat));
        }
    }
}
