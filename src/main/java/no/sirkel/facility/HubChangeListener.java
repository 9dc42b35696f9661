package no.sirkel.facility;

import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * Another feature's reaction to a storage hub offering less than it did: its capacity lowered, a process removed or
 * changed, or the hub deleted. It runs in the transaction of the edit, which holds the hub's row; it must lock nothing
 * that a holder of its own rows could be waiting for the hub with (rows are locked hub first, then what refers to it).
 */
public interface HubChangeListener {

    /** @param why what changed, in English, for the record */
    Mono<Void> hubChanged(UUID hubId, String why);
}
