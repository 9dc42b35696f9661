package no.sirkel.delivery;

/** A delivery as the receiver recorded it, or disputed by the supplier (then it does not count as delivered). */
enum DeliveryState {
    RECORDED, DISPUTED
}
