package no.sirkel.delivery;

/** A delivery as the receiver recorded it, or disputed by the supplier (then it does not count as delivered). */
public enum DeliveryState {
    RECORDED, DISPUTED
}
