package no.sirkel.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import no.sirkel.material.Material;
import no.sirkel.web.ApiException;
import no.sirkel.web.FieldErrors;

class ListingTermsTest {

    private static final Material SAND = new Material("SAND", "Sand", "Sand", "EXCAVATED_MASS", "17 05 04",
            1.6, 1.1, true);
    private static final Material SLAG = new Material("SLAG", "Slag", "Slagg", "INDUSTRIAL_BY_PRODUCT", "10 08 09",
            1.6, null, false);

    private static ListingTerms read(Quantity quantity, Double density, Material material, LocalDate from,
                                     LocalDate to) {
        FieldErrors errors = new FieldErrors();
        ListingTerms terms = ListingTerms.read(quantity, density, material, "ONE_OFF", from, "availableFrom", to,
                "availableTo", null, ListingStatus.ACTIVE, errors);
        errors.throwIfAny();
        return terms;
    }

    private static void assertRefused(Quantity quantity, Double density, Material material, String field) {
        assertThatThrownBy(() -> read(quantity, density, material, null, null))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.errors()).extracting(ApiException.FieldError::field).contains(field));
    }

    @Test
    void convertsLooseAndSolidVolumesAndRoundsTheAmountAsStored() {
        assertThat(read(new Quantity(10.0, "m3_loose"), null, SAND, null, null).tonnes()).isEqualTo(16.0);
        assertThat(read(new Quantity(10.0, "m3_solid"), null, SAND, null, null).tonnes())
                .isCloseTo(17.6, org.assertj.core.data.Offset.offset(1e-9));
        ListingTerms rounded = read(new Quantity(1.23456, "t"), null, SAND, null, null);
        assertThat(rounded.quantity().amount()).isEqualTo(1.235);
        assertThat(rounded.tonnes()).isEqualTo(1.235);
        assertThat(rounded.description()).isEmpty();
    }

    @Test
    void refusesQuantitiesThatAreNotPositiveOrAbsurd() {
        assertRefused(new Quantity(0.0, "t"), null, SAND, "quantity.amount");
        assertRefused(new Quantity(0.0004, "t"), null, SAND, "quantity.amount");
        assertRefused(new Quantity(-1.0, "t"), null, SAND, "quantity.amount");
        assertRefused(new Quantity(Double.NaN, "t"), null, SAND, "quantity.amount");
        assertRefused(new Quantity(50_000_001.0, "t"), null, SAND, "quantity.amount");
        assertRefused(new Quantity(null, "t"), null, SAND, "quantity.amount");
        assertRefused(null, null, SAND, "quantity");
    }

    @Test
    void refusesUnknownUnitsAndUnconvertibleVolumes() {
        assertRefused(new Quantity(1.0, "kg"), null, SAND, "quantity.unit");
        assertRefused(new Quantity(1.0, "m3_solid"), null, SLAG, "quantity.unit");
        assertThat(read(new Quantity(1.0, "m3_solid"), 2.0, SLAG, null, null).tonnes()).isEqualTo(2.0);
    }

    @Test
    void refusesAWindowEndingBeforeItStartsNamingTheEnd() {
        assertThatThrownBy(() -> read(new Quantity(1.0, "t"), null, SAND, LocalDate.of(2026, 5, 2),
                LocalDate.of(2026, 5, 1)))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("availableTo"));
        assertThat(read(new Quantity(1.0, "t"), null, SAND, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1))
                .to()).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void statusDefaultsToActiveForNewListingsAndToTheCurrentOneOnUpdates() {
        FieldErrors errors = new FieldErrors();
        assertThat(ListingTerms.status(null, null, errors)).isEqualTo(ListingStatus.ACTIVE);
        assertThat(ListingTerms.status(null, ListingStatus.DRAFT, errors)).isEqualTo(ListingStatus.DRAFT);
        assertThat(ListingTerms.status("CLOSED", ListingStatus.ACTIVE, errors)).isEqualTo(ListingStatus.CLOSED);
        assertThat(errors.isEmpty()).isTrue();
        assertThat(ListingTerms.status("CLOSED", null, errors)).isNull();
        assertThat(ListingTerms.status("GONE", ListingStatus.ACTIVE, errors)).isNull();
        assertThat(errors.isEmpty()).isFalse();
    }
}
