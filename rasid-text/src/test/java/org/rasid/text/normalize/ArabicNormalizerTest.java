package org.rasid.text.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rasid.core.Span;

class ArabicNormalizerTest {
    private static void check(String input, String expected) {
        assertThat(ArabicNormalizer.SEARCH.normalize(input)).isEqualTo(expected);
    }

    private static void checkOrthographic(String input, String expected) {
        assertThat(ArabicNormalizer.ORTHOGRAPHIC.normalize(input)).isEqualTo(expected);
    }

    @Test
    void tatweel() {
        check("جـــديد", "جديد");
        check("لـ", "ل");
    }

    @Test
    void diacritics() {
        check("كثيرًا", "كثيرا");
        check("يُمثّل", "يمثل");
        check("مُحَمَّدٌ", "محمد");
        check("هٰذا", "هذا"); // superscript alef
    }

    @Test
    void presentationForms() {
        check("ﻻ", "لا");
        checkOrthographic("ﻷ", "لأ");
        check("ﻷ", "لا"); // folded first, then the alef rule applies
        check("ﺑﺴﻢ", "بسم");
    }

    @Test
    void digits() {
        check("٢٠٢١", "2021");
        check("۱۴۰۰", "1400");
        check("٣٫٥", "3.5");
        check("١٬٠٠٠", "1,000");
    }

    @Test
    void persianLetters() {
        check("کابل", "كابل");
        check("ایران", "ايران");
    }

    @Test
    void invisibleChars() {
        check("می\u200Cخواهم", "ميخواهم");
        check("\uFEFFنص\u200F", "نص");
    }

    @Test
    void alef() {
        check("أحمد إبراهيم آخر ٱلله", "احمد ابراهيم اخر الله");
        checkOrthographic("أحمد إبراهيم", "أحمد إبراهيم");
    }

    @Test
    void combiningHamza() {
        checkOrthographic("ا\u0654حمد", "ا\u0654حمد"); // decomposed أ keeps its hamza at this level
        check("ا\u0654حمد", "احمد");
        check("سو\u0654ال", "سوال");
    }

    @Test
    void alefMaqsura() {
        check("مستشفى", "مستشفي");
        checkOrthographic("على", "على");
    }

    @Test
    void tehMarbuta() {
        check("مدينة", "مدينه");
        checkOrthographic("مدينة", "مدينة");
    }

    @Test
    void orthographicKeepsHamzaFormsAndTehMarbuta() {
        checkOrthographic("مؤسَّسةُ الأمم المتحدة ﻷجل ٢٠٢١", "مؤسسة الأمم المتحدة لأجل 2021");
    }

    @Test
    void unchangedTextIsReturnedAsIs() {
        String s = "hello world";
        assertThat(ArabicNormalizer.SEARCH.normalize(s)).isSameAs(s);
    }

    @Test
    void offsetsMapNormalizedSpansBackToTheWholeOriginalWord() {
        String original = "قال لـ القاهرة: كثيرًا ﻻ";
        NormalizedText n = ArabicNormalizer.SEARCH.normalizeWithOffsets(original);
        assertThat(n.text()).isEqualTo("قال ل القاهره: كثيرا لا");
        int at = n.text().indexOf("كثيرا");
        Span span = n.toOriginal(at, at + "كثيرا".length());
        assertThat(span.in(original)).isEqualTo("كثيرًا");
        int l = n.text().indexOf(" ل ") + 1;
        assertThat(n.toOriginal(l, l + 1).in(original)).isEqualTo("لـ");
        // one ligature char expands to two normalized chars that both map back to it
        int la = n.text().length() - 2;
        assertThat(n.toOriginal(la, la + 1).in(original)).isEqualTo("ﻻ");
        assertThat(n.toOriginal(la, la + 2).in(original)).isEqualTo("ﻻ");
    }

    @Test
    void offsetMapInvariantsHoldOnRandomText() {
        String alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىـًٌٍَُِّْ٠١٢٣ﻻﺑکی\u200C\u200F abc.,؟";
        var random = new Random(42);
        for (int round = 0; round < 500; round++) {
            var sb = new StringBuilder();
            int len = random.nextInt(40);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String original = sb.toString();
            for (ArabicNormalizer normalizer : new ArabicNormalizer[] {ArabicNormalizer.ORTHOGRAPHIC, ArabicNormalizer.SEARCH}) {
                NormalizedText n = normalizer.normalizeWithOffsets(original);
                assertThat(n.text()).isEqualTo(normalizer.normalize(original));
                for (int i = 0; i < n.length(); i++) {
                    Span s = n.toOriginal(i, i + 1);
                    assertThat(s.start()).isGreaterThanOrEqualTo(i == 0 ? 0 : n.originalStart(i - 1));
                    assertThat(s.end()).isGreaterThan(s.start()).isLessThanOrEqualTo(original.length());
                    // normalizing the original span of a char gives back (at least) that char
                    assertThat(normalizer.normalize(s.in(original))).contains(String.valueOf(n.text().charAt(i)));
                }
                Span all = n.toOriginal(0, n.length());
                assertThat(normalizer.normalize(all.in(original))).isEqualTo(n.text());
            }
        }
    }
}
