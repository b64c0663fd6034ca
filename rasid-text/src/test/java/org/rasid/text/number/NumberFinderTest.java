package org.rasid.text.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberFinderTest {
    private final NumberFinder finder = NumberFinder.standard();

    /** Each mention as "covered text=TYPE min..max[~][unit]", joined by " | ". */
    private String find(String text) {
        List<NumberMention> found = finder.find(text);
        return String.join(" | ", found.stream().map(m -> m.in(text) + "=" + m.type() + " " + m.value().min() + ".."
                + m.value().max() + (m.value().approx() ? "~" : "") + (m.value().unit() == null ? "" : " " + m.value().unit())).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "قتل 24 شخصا#24=NUMBER 24..24",
        "بلغ ٣٫٥ مليون#٣٫٥ مليون=NUMBER 3500000..3500000",
        "نحو 1,000 جندي#نحو 1,000=NUMBER 1000..1000~",
        "ثلاثة وعشرون قتيلا#ثلاثة وعشرون=NUMBER 23..23",
        "اثنين وعشرين عاما#اثنين وعشرين=NUMBER 22..22",
        "ثلاث عشرة سيدة#ثلاث عشرة=NUMBER 13..13",
        "أحد عشر لاعبا#أحد عشر=NUMBER 11..11",
        "مئة وخمسون ألفا#مئة وخمسون ألفا=NUMBER 150000..150000",
        "ثلاثة آلاف وخمسمائة#ثلاثة آلاف وخمسمائة=NUMBER 3500..3500",
        "مائتان وخمسون#مائتان وخمسون=NUMBER 250..250",
        "ألفان#ألفان=NUMBER 2000..2000",
        "أكثر من مليار ونصف مسلم#أكثر من مليار ونصف=NUMBER 1500000001..null",
        "مليون و نصف#مليون و نصف=NUMBER 1500000..1500000",
        "خمسة وعشرون ألفا ونصف#خمسة وعشرون ألفا ونصف=NUMBER 25500..25500",
        "عشرين مليون#عشرين مليون=NUMBER 20000000..20000000",
        "بثلاثة ملايين#بثلاثة ملايين=NUMBER 3000000..3000000",
        "ثلاث مئة#ثلاث مئة=NUMBER 300..300",
        "عشرة#عشرة=NUMBER 10..10",
        "في الدقيقة الخامسة عشرة والقرن الحادي عشر#",
        "أحد الأشخاص#",
        "لأحد الأندية بإحدى عينيه#",
        "المرشد بعده من بعدة أسابيع#بعدة=NUMBER 3..9",
        "عشرات الأشخاص#عشرات=NUMBER 20..99",
        "مئات القتلى#مئات=NUMBER 200..999",
        "آلاف اللاجئين#آلاف=NUMBER 2000..9999",
        "عشرات الآلاف من اللاجئين#عشرات الآلاف=NUMBER 20000..99999",
        "مئات الآلاف#مئات الآلاف=NUMBER 200000..999999",
        "بضعة أيام#بضعة=NUMBER 3..9",
        "عدة آلاف#عدة آلاف=NUMBER 3000..9999",
        "قرابة مئة شخص#قرابة مئة=NUMBER 100..100~",
        "حوالي 50 جنديا تقريبا#حوالي 50=NUMBER 50..50~",
        "50 تقريبا#50 تقريبا=NUMBER 50..50~",
        "أكثر من 100 شخص#أكثر من 100=NUMBER 101..null",
        "ما يزيد على ألف#ما يزيد على ألف=NUMBER 1001..null",
        "ما لا يقل عن 30#ما لا يقل عن 30=NUMBER 30..null",
        "أقل من 10#أقل من 10=NUMBER 0..9",
        "بأكثر من عشرات الآلاف#بأكثر من عشرات الآلاف=NUMBER 100000..null",
        "5 ملايين دولار#5 ملايين دولار=MONEY 5000000..5000000 USD",
        "100 ريال قطري#100 ريال قطري=MONEY 100..100 QAR",
        "ألف جنيه إسترليني#ألف جنيه إسترليني=MONEY 1000..1000 GBP",
        "20 دينارا كويتيا#20 دينارا كويتيا=MONEY 20..20 KWD",
        "20 دينارا#20 دينارا=MONEY 20..20 دينار",
        "20 دينار كويتي#20 دينار كويتي=MONEY 20..20 KWD",
        "$100 فقط#$100=MONEY 100..100 USD",
        "نحو مليار يورو#نحو مليار يورو=MONEY 1000000000..1000000000~ EUR",
        "15 USD#15 USD=MONEY 15..15 USD",
        "بنسبة 3.5%#3.5%=PERCENT 3.5..3.5 %",
        "بنسبة ٤٠٪#٤٠٪=PERCENT 40..40 %",
        "عشرة في المئة#عشرة في المئة=PERCENT 10..10 %",
        "خمسين بالمائة#خمسين بالمائة=PERCENT 50..50 %",
        "الساعة 3 و 5 دقائق#3=NUMBER 3..3 | 5=NUMBER 5..5",
        "الرقم 27.8.2021#",
        "بيان رقم 40 و3 نداءات#3=NUMBER 3..3",
        "القرار رقم (2254)#",
        "قتل ١٢٣ شخصا و٧ آلاف جريح#١٢٣=NUMBER 123..123 | ٧ آلاف=NUMBER 7000..7000",
        "وصل ثلاثة صحفيين#ثلاثة=NUMBER 3..3"})
    void finds(String text, String expected) {
        assertThat(find(text)).isEqualTo(expected == null ? "" : expected);
    }
}
