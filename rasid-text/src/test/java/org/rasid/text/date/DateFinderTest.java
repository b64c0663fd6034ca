package org.rasid.text.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {
    /** Published on a Friday. */
    private static final LocalDate FRIDAY = LocalDate.of(2021, 8, 27);

    /** Each mention as "covered text=iso", joined by " | ". */
    private static String find(String text, LocalDate published) {
        List<DateMention> found = DateFinder.find(text, published);
        return String.join(" | ", found.stream().map(d -> d.in(text) + "=" + d.iso()).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "الجمعة 27 أغسطس 2021 - 10:30 ص#الجمعة 27 أغسطس 2021=2021-08-27",
        "يوم الخميس، 26 أغسطس 2021#يوم الخميس، 26 أغسطس 2021=2021-08-26",
        "في 21 يوليو (تموز) 2021 قال#21 يوليو (تموز) 2021=2021-07-21",
        "21 تموز 2021#21 تموز 2021=2021-07-21",
        "3 كانون الثاني 2020#3 كانون الثاني 2020=2020-01-03",
        "15 تشرين الأول 2019م#15 تشرين الأول 2019م=2019-10-15",
        "5 آب 2020#5 آب 2020=2020-08-05",
        "1 إبريل 2020 و2 ابريل 2020#1 إبريل 2020=2020-04-01 | 2 ابريل 2020=2020-04-02",
        "15 محرم 1443 هـ#15 محرم 1443 هـ=2021-08-23",
        "1 رمضان 1442هـ#1 رمضان 1442هـ=2021-04-13",
        "10 ذو الحجة 1442#10 ذو الحجة 1442=2021-07-20",
        "عام 1443هـ#1443هـ=2022",
        "2021-08-27#2021-08-27=2021-08-27",
        "27/8/2021#27/8/2021=2021-08-27",
        "٢٧/٨/٢٠٢١#٢٧/٨/٢٠٢١=2021-08-27",
        "27.8.2021#27.8.2021=2021-08-27",
        "1442/09/01 هـ#1442/09/01 هـ=2021-04-13",
        "31/2/2021#",
        "من 4 إلى 15 أغسطس 2021#4=2021-08-04 | 15 أغسطس 2021=2021-08-15",
        "بين 4 و15 أغسطس 2021#4=2021-08-04 | 15 أغسطس 2021=2021-08-15",
        "20-25 مايو 2020#20=2020-05-20 | 25 مايو 2020=2020-05-25",
        "قتل 40 و15 أغسطس 2021#15 أغسطس 2021=2021-08-15",
        "في العام 2019، أعلن#2019=2019",
        "منذ 2014.#2014=2014",
        "منذ 1991 بعد تنفيذ#1991=1991",
        "في 8 أكتوبر (تشرين الأول) عام 1986م.#8 أكتوبر (تشرين الأول) عام 1986م=1986-10-08",
        "قتل 2020 جنديا#",
        "في أغسطس 2021#أغسطس 2021=2021-08",
        "يوليو (تموز) 2021#يوليو (تموز) 2021=2021-07",
        "رمضان 1442 هـ#رمضان 1442 هـ=2021-04"})
    void absolute(String text, String expected) {
        assertThat(find(text, null)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "منذ هجومي أمس الإرهابي#أمس=2021-08-26",
        "وقع بالأمس#بالأمس=2021-08-26",
        "أول من أمس#أول من أمس=2021-08-25",
        "أول أمس#أول أمس=2021-08-25",
        "مساء أمس#مساء أمس=2021-08-26",
        "صباح اليوم (الجمعة)#صباح اليوم (الجمعة)=2021-08-27",
        "أمس الخميس#أمس الخميس=2021-08-26",
        "في اليوم الوطني#",
        "غدا السبت#غدا السبت=2021-08-28",
        "السبت#السبت=2021-08-21",
        "الخميس الـ26 من أغسطس#الخميس الـ26 من أغسطس=2021-08-26",
        "من 30 أكتوبر إلى 14 نوفمبر المقبلين#30 أكتوبر=2021-10-30 | 14 نوفمبر المقبلين=2021-11-14",
        "الأحد الماضي#الأحد الماضي=2021-08-22",
        "الأحد المقبل#الأحد المقبل=2021-08-29",
        "يوم الخميس#يوم الخميس=2021-08-26",
        "الأسبوع الماضي#الأسبوع الماضي=2021-W33",
        "الشهر الماضي#الشهر الماضي=2021-07",
        "الشهر الجاري#الشهر الجاري=2021-08",
        "العام الماضي#العام الماضي=2020",
        "السنة المقبلة#السنة المقبلة=2022",
        "هذا العام#هذا العام=2021",
        "قبل ثلاثة أيام#قبل ثلاثة أيام=2021-08-24",
        "قبل يومين#قبل يومين=2021-08-25",
        "قبل 3 أشهر#قبل 3 أشهر=2021-05",
        "قبل عامين#قبل عامين=2019",
        "تكونت قبل 4.6 مليار عام#",
        "في 27 أغسطس#27 أغسطس=2021-08-27",
        "في 5 سبتمبر#5 سبتمبر=2021-09-05",
        "في الـ 14 من شهر محرم#14 من شهر محرم=2021-08-22",
        "في 3 من يوليو#3 من يوليو=2021-07-03",
        "في الرابع من يوليو 2020#الرابع من يوليو 2020=2020-07-04",
        "الحادي والعشرين من أغسطس#الحادي والعشرين من أغسطس=2021-08-21",
        "الثاني عشر من ربيع الأول 1443هـ#الثاني عشر من ربيع الأول 1443هـ=2021-10-18",
        "في الثالث من الشهر المقبل#الثالث من الشهر المقبل=2021-09-03",
        "يوم 15 من الشهر الجاري#15 من الشهر الجاري=2021-08-15",
        "الحادي من يوليو#",
        "الرابع عشر في الترتيب#",
        "في 12 أغسطس المقبل#12 أغسطس المقبل=2022-08-12",
        "في 30 أغسطس الماضي#30 أغسطس الماضي=2020-08-30"})
    void relativeToPublication(String text, String expected) {
        assertThat(find(text, FRIDAY)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void dateWithoutYearFarAheadOfPublicationIsLastYear() {
        assertThat(find("في 27 ديسمبر", LocalDate.of(2021, 1, 5))).isEqualTo("27 ديسمبر=2020-12-27");
    }

    @Test
    void relativeDatesWithoutPublicationAreFoundUnresolved() {
        List<DateMention> found = DateFinder.find("أمس والأحد الماضي", null);
        assertThat(found).extracting(DateMention::iso).containsExactly(null, null);
        assertThat(found).allMatch(DateMention::relative);
    }

    @Test
    void granularities() {
        assertThat(DateFinder.find("في العام 2019 ثم مايو 2020 ثم 3 مايو 2020 والأسبوع الماضي.", FRIDAY))
                .extracting(DateMention::granularity)
                .containsExactly(Granularity.YEAR, Granularity.MONTH, Granularity.DAY, Granularity.WEEK);
    }

    @Test
    void publicationDateLines() {
        assertThat(DateFinder.parsePublicationDate("الجمعة 27 أغسطس 2021 - 10:30 ص")).contains(FRIDAY);
        assertThat(DateFinder.parsePublicationDate("نشر في: 27/08/2021 آخر تحديث")).contains(FRIDAY);
        assertThat(DateFinder.parsePublicationDate("الأحد 15 محرم 1443 هـ")).contains(LocalDate.of(2021, 8, 23));
        assertThat(DateFinder.parsePublicationDate("2021-08-27T10:30:00+03:00")).contains(FRIDAY);
        assertThat(DateFinder.parsePublicationDate("آخر تحديث: أمس")).isEmpty();
        assertThat(DateFinder.parsePublicationDate("بدون تاريخ")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "الجمعة 27 أغسطس 2021 - 10:30 ص#10:30 ص=10:30",
        "في تمام 10:30 م#10:30 م=22:30",
        "الساعة 12:15 ص#الساعة 12:15 ص=00:15",
        "الساعة العاشرة صباحا#الساعة العاشرة صباحا=10:00",
        "الساعة الثانية والنصف ظهرا#الساعة الثانية والنصف ظهرا=14:30",
        "الساعة الحادية عشرة ليلا#الساعة الحادية عشرة ليلا=23:00",
        "الساعة 9 مساء#الساعة 9 مساء=21:00",
        "نتيجة 3:1 للفريق#",
        "الساعة 25:10#"})
    void times(String text, String expected) {
        List<TimeMention> found = DateFinder.findTimes(text);
        assertThat(String.join(" | ", found.stream().map(t -> t.in(text) + "=" + t.value()).toList()))
                .isEqualTo(expected == null ? "" : expected);
    }
}
