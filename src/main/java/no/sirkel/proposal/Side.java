package no.sirkel.proposal;

import java.util.UUID;

/** Which side of a proposal a member company is on: it supplies the masses, receives them, or is on both sides. */
enum Side {
    SUPPLIER, RECEIVER, BOTH;

    /**
     * The side the company is on, or null where it is on neither.
     *
     * @param supplierCompany the supplying side's company, or null (a hub the region runs)
     * @param receiverCompany the receiving side's company, or null (a hub the region runs)
     */
    static Side of(UUID company, UUID supplierCompany, UUID receiverCompany) {
        boolean supplies = company.equals(supplierCompany);
        boolean receives = company.equals(receiverCompany);
        if (supplies && receives) {
            return BOTH;
        }
        return supplies ? SUPPLIER : receives ? RECEIVER : null;
    }
}
