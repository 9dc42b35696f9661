package no.sirkel.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuantityUnitTest {

    private static final Material CLAY = new Material("CLAY", "Clay", "Leire", "EXCAVATED_MASS", "17 05 04",
            1.50, 1.35, true);
    private static final Material SLAG = new Material("SLAG", "Slag", "Slagg", "INDUSTRIAL_BY_PRODUCT", "10 08 09",
            1.60, null, false);

    @Test
    void tonnesStayTonnes() {
        assertThat(QuantityUnit.TONNES.toTonnes(120, CLAY, null)).contains(120.0);
    }

    @Test
    void looseCubicMetresUseTheLooseDensity() {
        assertThat(QuantityUnit.LOOSE_M3.toTonnes(100, CLAY, null).orElseThrow()).isCloseTo(150.0, within(1e-9));
    }

    @Test
    void solidCubicMetresSwellBeforeTheLooseDensityApplies() {
        assertThat(QuantityUnit.SOLID_M3.toTonnes(100, CLAY, null).orElseThrow()).isCloseTo(202.5, within(1e-9));
    }

    @Test
    void aListingsOwnDensityIsPerCubicMetreOfItsUnit() {
        assertThat(QuantityUnit.SOLID_M3.toTonnes(100, CLAY, 1.9).orElseThrow()).isCloseTo(190.0, within(1e-9));
        assertThat(QuantityUnit.LOOSE_M3.toTonnes(100, CLAY, 1.2).orElseThrow()).isCloseTo(120.0, within(1e-9));
    }

    @Test
    void solidVolumeOfAMaterialWithoutSwellFactorCannotBeConverted() {
        assertThat(QuantityUnit.SOLID_M3.toTonnes(100, SLAG, null)).isEmpty();
    }

    @Test
    void unitsAreKnownByTheirContractCodes() {
        assertThat(QuantityUnit.fromCode("m3_loose")).contains(QuantityUnit.LOOSE_M3);
        assertThat(QuantityUnit.fromCode("yards")).isEmpty();
    }
}
