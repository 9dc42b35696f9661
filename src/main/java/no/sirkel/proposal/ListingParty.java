package no.sirkel.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One side of a proposal as stored: the listing (a supply or a demand), its site and its company.
 *
 * @param material           the supply's material code; null for a demand
 * @param accepts            the material codes a demand accepts; null for a supply
 * @param contaminationClass the supply's class, or the demand's highest accepted class (1..5; null: not given)
 * @param tonnes             the listing's quantity in tonnes
 * @param reservedTonnes     tonnes already promised in deals
 * @param from               start of the availability (supply) or need (demand) window; null: open
 * @param to                 end of the window; null: open
 * @param lat                the site's latitude, WGS84 degrees
 * @param lon                the site's longitude, WGS84 degrees
 */
record ListingParty(UUID listingId, UUID companyId, String companyName, String contactEmail, String material,
                    List<String> accepts, Integer contaminationClass, double tonnes, double reservedTonnes,
                    LocalDate from, LocalDate to, String municipality, double lat, double lon) {
}
