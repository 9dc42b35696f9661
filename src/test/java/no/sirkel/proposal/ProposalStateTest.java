package no.sirkel.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import no.sirkel.web.ApiException;

class ProposalStateTest {

    @Test
    void theFirstAcceptanceIsRememberedPerSide() {
        assertThat(ProposalState.OPEN.acceptedBy(Side.SUPPLIER)).isEqualTo(ProposalState.ACCEPTED_BY_SUPPLIER);
        assertThat(ProposalState.OPEN.acceptedBy(Side.RECEIVER)).isEqualTo(ProposalState.ACCEPTED_BY_RECEIVER);
    }

    @Test
    void theOtherSidesAcceptanceMakesADeal() {
        assertThat(ProposalState.ACCEPTED_BY_SUPPLIER.acceptedBy(Side.RECEIVER)).isEqualTo(ProposalState.DEAL);
        assertThat(ProposalState.ACCEPTED_BY_RECEIVER.acceptedBy(Side.SUPPLIER)).isEqualTo(ProposalState.DEAL);
    }

    @Test
    void acceptingTwiceFromTheSameSideChangesNothing() {
        assertThat(ProposalState.ACCEPTED_BY_SUPPLIER.acceptedBy(Side.SUPPLIER))
                .isEqualTo(ProposalState.ACCEPTED_BY_SUPPLIER);
        assertThat(ProposalState.ACCEPTED_BY_RECEIVER.acceptedBy(Side.RECEIVER))
                .isEqualTo(ProposalState.ACCEPTED_BY_RECEIVER);
    }

    @Test
    void aCompanyOnBothSidesMakesADealAtOnce() {
        assertThat(ProposalState.OPEN.acceptedBy(Side.BOTH)).isEqualTo(ProposalState.DEAL);
    }

    @ParameterizedTest
    @EnumSource(value = ProposalState.class, names = {"OPEN", "ACCEPTED_BY_SUPPLIER", "ACCEPTED_BY_RECEIVER"})
    void anUndecidedProposalCanBeDeclined(ProposalState state) {
        assertThat(state.declined()).isEqualTo(ProposalState.DECLINED);
    }

    @ParameterizedTest
    @EnumSource(value = ProposalState.class, names = {"DEAL", "DECLINED", "STALE"})
    void aDecidedProposalCanNeitherBeAcceptedNorDeclined(ProposalState state) {
        assertThatThrownBy(() -> state.acceptedBy(Side.SUPPLIER)).isInstanceOf(ApiException.class)
                .hasMessageContaining(state.name()).extracting(e -> ((ApiException) e).status().value())
                .isEqualTo(409);
        assertThatThrownBy(state::declined).isInstanceOf(ApiException.class).hasMessageContaining(state.name());
    }
}
