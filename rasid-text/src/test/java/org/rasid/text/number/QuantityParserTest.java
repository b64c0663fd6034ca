package org.rasid.text.number;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityParserTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"24|24.0", "3.5|3.5", "1,000|1000.0", "1,234,567.5|1234567.5", "3,5|3.5",
        "12,34,5|", "27.8.2021|", "1,000,00|", "99999999999999999999999|"})
    void digitValues(String norm, Double expected) {
        assertThat(QuantityParser.digitValue(norm)).isEqualTo(expected);
    }
}
