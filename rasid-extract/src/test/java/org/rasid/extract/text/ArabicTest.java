package org.rasid.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The matching key of Arabic words. */
class ArabicTest {
    @Test
    void persianYehKehehAndDigitsTypedForArabicOnesFoldToThem() {
        assertThat(Arabic.normalize("علی بعد ۱۲۰ کم")).isEqualTo(Arabic.normalize("على بعد 120 كم"));
        assertThat(Arabic.normalize("١٢٠")).isEqualTo("120");
    }
}
