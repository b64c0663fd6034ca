package org.rasid.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rasid.extract.text.Arabic;

/** The fast paths of {@link Names} give exactly what the plain definitions give. */
class NamesTest {
    private static final Transliterator ICU = Transliterator.getInstance("Arabic-Latin; Latin-ASCII; Lower");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9 -]");

    private static String icuLatin(String name) {
        return NOT_SLUG.matcher(ICU.transliterate(Arabic.normalize(name))).replaceAll("").trim();
    }

    @Test
    void latinIsIcusTransliterationOfTheWholeName() {
        for (String name : new String[] {"عبد الرحمن بن ناصر", "الهيئة العامة للاستثمار", "شؤون الأمن", "مؤسسة ئيل",
                "Reuters وكالة", "بيان رقم ٣٥", "قوات ـ الأمن", "مستشفى الملك فهد", "ﻻ إله", " بداية  ونهاية "}) {
            assertThat(Names.latin(name)).as(name).isEqualTo(icuLatin(name));
        }
        var random = new Random(7);
        for (int n = 0; n < 3000; n++) {
            var sb = new StringBuilder();
            for (int i = 0, len = 1 + random.nextInt(14); i < len; i++) {
                sb.append(random.nextInt(6) == 0 ? ' ' : (char) ('\u0621' + random.nextInt(42)));
            }
            assertThat(Names.latin(sb.toString())).as(sb.toString()).isEqualTo(icuLatin(sb.toString()));
        }
    }

    @Test
    void aNameOrIdMadeAgainIsTheSameAsMadeFirst() {
        for (String name : new String[] {"عبد الرحمن بن ناصر", "ولاية خراسان", "Reuters وكالة"}) {
            String latin = Names.latin(name);
            String id = Names.newId(Names.key(name));
            assertThat(Names.latin(name)).isEqualTo(latin).isEqualTo(icuLatin(name));
            assertThat(Names.newId(Names.key(name))).isEqualTo(id).startsWith("rasid:");
        }
    }

    @Test
    void distanceOneMatchesTheFullTable() {
        var random = new Random(11);
        for (int n = 0; n < 20000; n++) {
            String a = randomWord(random);
            String b = random.nextBoolean() ? randomWord(random) : mutate(a, random);
            assertThat(Names.distance(a, b, 1)).as(a + " / " + b).isEqualTo(Math.min(Names.distance(a, b, 3), 2));
        }
        assertThat(Names.distance("خراسان", "خرسان", 1)).isEqualTo(1);
        assertThat(Names.distance("سوريا", "سورية", 1)).isEqualTo(1);
        assertThat(Names.distance("abcd", "acbd", 1)).isEqualTo(1);
        assertThat(Names.distance("abcd", "badc", 1)).isEqualTo(2);
    }

    @Test
    void nameKeyDropsArticlesAndPunctuation() {
        assertThat(Arabic.nameKey("«الجيش السوري»، والقوات")).isEqualTo("جيش سوري والقوات");
        assertThat(Arabic.nameKey("آل سعود - 2020")).isEqualTo("ال سعود 2020");
        assertThat(Names.key("U.N.")).isEqualTo("un");
    }

    private static String randomWord(Random random) {
        var sb = new StringBuilder();
        for (int i = 0, len = random.nextInt(6); i < len; i++) {
            sb.append("abcd".charAt(random.nextInt(4)));
        }
        return sb.toString();
    }

    private static String mutate(String a, Random random) {
        var sb = new StringBuilder(a);
        int at = a.isEmpty() ? 0 : random.nextInt(a.length());
        switch (random.nextInt(4)) {
            case 0 -> sb.insert(at, 'c');
            case 1 -> { if (!a.isEmpty()) sb.deleteCharAt(at); }
            case 2 -> { if (!a.isEmpty()) sb.setCharAt(at, 'd'); }
            default -> { if (at + 1 < a.length()) { char c = sb.charAt(at); sb.setCharAt(at, sb.charAt(at + 1)); sb.setCharAt(at + 1, c); } }
        }
        return sb.toString();
    }
}
