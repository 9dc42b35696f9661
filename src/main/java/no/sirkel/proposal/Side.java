package no.sirkel.proposal;

import java.util.UUID;

/** Which side of a proposal a member company is on: it supplies the masses, receives them, or owns both listings. */
enum Side {
    SUPPLIER, RECEIVER, BOTH;

    /** The side the company is on, or null where it owns neither listing. */
    static Side of(UUID company, UUID supplierCompany, UUID receiverCompany) {
        boolean supplies = supplierCompany.equals(company);
        boolean receives = receiverCompany.equals(company);
        if (supplies && receives) {
            return BOTH;
        }
        return supplies ? SUPPLIER : receives ? RECEIVER : null;
    }
}
