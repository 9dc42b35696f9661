package no.sirkel.company;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"974760673", "123456785", "923609016"})
    void acceptsNumbersWithAValidCheckDigit(String number) {
        assertThat(OrganisationNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "974760674", "12345678", "1234567890", "12345678a", ""})
    void refusesWrongCheckDigitsAndShapes(String number) {
        assertThat(OrganisationNumber.isValid(number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000060", "000000061", "000000069"})
    void refusesNumbersWhoseCheckDigitWouldBeTen(String number) {
        assertThat(OrganisationNumber.isValid(number)).isFalse();
    }
}
