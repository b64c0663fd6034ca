package org.rasid.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatesTest {
    @Test
    void readsIsoNumericAndNamedDates() {
        assertThat(Dates.find("2020-06-03T03:01+0400")).isEqualTo("2020-06-03");
        assertThat(Dates.find("2015-07-21 02:51:32")).isEqualTo("2015-07-21");
        assertThat(Dates.find("2020/12/25 - 1:59 صباحًا")).isEqualTo("2020-12-25");
        assertThat(Dates.find("الثلاثاء  ١ / ١٢ / ٢٠٢٠")).isEqualTo("2020-12-01");
        assertThat(Dates.find("الأربعاء، 07 أكتوبر 2020 - 12:09 م")).isEqualTo("2020-10-07");
        assertThat(Dates.find("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً")).isEqualTo("2020-04-24");
        assertThat(Dates.find("no date here")).isNull();
        assertThat(Dates.find("2020-13-45")).isNull();
    }

    @Test
    void tellsDateLinesFromSentencesWithDates() {
        assertThat(Dates.isDateOnly("الأربعاء، 07 أكتوبر 2020 - 12:09 م")).isTrue();
        assertThat(Dates.isDateOnly("التاريخ: 03 يونيو 2020")).isTrue();
        assertThat(Dates.isDateOnly("2020-11-09")).isTrue();
        assertThat(Dates.isDateOnly("وصنفت منظمة الصحة العالمية يوم 11 مارس 2020 المرض جائحة")).isFalse();
        assertThat(Dates.isDateOnly("ثورة 25 يناير 2011")).isFalse();
    }
}
