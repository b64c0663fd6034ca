package org.rasid.text.number;

import java.util.HashMap;
import java.util.Map;
import org.rasid.core.model.Token;
import org.rasid.text.normalize.ArabicNormalizer;

/**
 * The Arabic number words, keyed by their SEARCH-normalized forms (ة→ه, أ→ا, ى→ي), with every gender and
 * case form: ثلاثة/ثلاث، اثنان/اثنين، عشرون/عشرين، مئة/مائة، ألف/ألفا/ألفان. Lookups strip a leading
 * conjunction or preposition (وعشرون، بثلاثة) and the article where the bare form is not a word.
 */
final class NumberWords {
    enum Kind {
        /** 1..9. */
        UNIT,
        /** عشرة / عشر: ten alone, +10 after a unit (ثلاثة عشر = 13). */
        TEEN,
        TENS,
        /** Hundreds written as one word: مئة، مئتان، ثلاثمئة. */
        HUNDREDS,
        /** ألف، مليون، مليار and their duals (ألفان = 2 × 1000). */
        SCALE,
        /** آلاف، ملايين، مليارات: multiply a count (ثلاثة آلاف), or alone a vague amount. */
        PLURAL_SCALE,
        /** عشرات، مئات، بضعة، عدة: vague counts. */
        VAGUE
    }

    /** One word: its kind, its value (for SCALE/PLURAL_SCALE the scale), and for VAGUE the range. */
    record Word(Kind kind, double value, double min, double max) {
    }

    private static final Map<String, Word> WORDS = new HashMap<>();
    private static final Word ELEVEN_HEAD = new Word(Kind.UNIT, 1, 1, 1);
    private static final String PREFIXES = "وفبلك";

    static {
        unit(1, "واحد", "واحده");
        unit(2, "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي");
        unit(3, "ثلاثه", "ثلاث");
        unit(4, "اربعه", "اربع");
        unit(5, "خمسه", "خمس");
        unit(6, "سته", "ست");
        unit(7, "سبعه", "سبع");
        unit(8, "ثمانيه", "ثماني", "ثمان");
        unit(9, "تسعه", "تسع");
        // عشرة alone is ten, after a unit it makes a teen (ثلاثة عشر); the parser tells the two apart
        put(Kind.TEEN, 10, "عشره", "عشر");
        tens(20, "عشرون", "عشرين");
        tens(30, "ثلاثون", "ثلاثين");
        tens(40, "اربعون", "اربعين");
        tens(50, "خمسون", "خمسين");
        tens(60, "ستون", "ستين");
        tens(70, "سبعون", "سبعين");
        tens(80, "ثمانون", "ثمانين");
        tens(90, "تسعون", "تسعين");
        hundreds(100, "مئه", "مائه", "ماءه");
        hundreds(200, "مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مائتا", "مئتي", "مائتي");
        String[] stems = {"ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "ثماني", "تسع"};
        int[] values = {3, 4, 5, 6, 7, 8, 8, 9};
        for (int i = 0; i < stems.length; i++) {
            hundreds(values[i] * 100, stems[i] + "مئه", stems[i] + "مائه");
        }
        scale(1e3, "الف", "الفا");
        scale(2e3, "الفان", "الفين");
        scale(1e6, "مليون", "مليونا");
        scale(2e6, "مليونان", "مليونين");
        scale(1e9, "مليار", "مليارا", "بليون", "بليونا");
        scale(2e9, "ملياران", "مليارين");
        scale(1e12, "تريليون", "تريليونا");
        pluralScale(1e3, 2e3, "الاف", "الالاف", "الوف");
        pluralScale(1e6, 2e6, "ملايين", "الملايين");
        pluralScale(1e9, 2e9, "مليارات", "المليارات", "بلايين");
        vague(20, 99, "عشرات", "العشرات");
        vague(200, 999, "مئات", "المئات", "مءات");
        vague(3, 9, "بضعه", "بضع", "عده");
        // أحد / إحدى head eleven (أحد عشر) but alone mean "one of" / "someone": see needsFollower
        WORDS.put("احد", ELEVEN_HEAD);
        WORDS.put("احدي", ELEVEN_HEAD);
    }

    /** Whether {@code w} is a number only when عشر follows it (أحد عشر), never on its own. */
    static boolean needsFollower(Word w) {
        return w == ELEVEN_HEAD;
    }

    /**
     * The number word a token is, or null. Every lexicon form ending in ه stands for a ة, so a token written
     * with a real ه is no number word: بعده (after him) is not بعدة (with several).
     */
    static Word lookup(Token t) {
        Word w = lookup(t.norm());
        if (w != null && t.norm().endsWith("ه")) {
            String written = ArabicNormalizer.ORTHOGRAPHIC.normalize(t.text());
            if (!written.endsWith("ة")) {
                return null;
            }
        }
        return w;
    }

    private NumberWords() {
    }

    /** The number word {@code norm} is, after stripping a clitic prefix and the article; null if none. */
    static Word lookup(String norm) {
        Word w = WORDS.get(norm);
        if (w != null) {
            return w;
        }
        String rest = norm;
        if (rest.length() > 2 && PREFIXES.indexOf(rest.charAt(0)) >= 0) {
            rest = rest.startsWith("لل") ? "ال" + rest.substring(2) : rest.substring(1);
            w = WORDS.get(rest);
            if (w != null) {
                return w;
            }
        }
        return null;
    }

    /** Whether {@code norm} begins with a conjunction و/ف (so it continues a compound: وعشرون). */
    static boolean hasConjunction(String norm) {
        return norm.length() > 2 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف') && WORDS.containsKey(norm.substring(1));
    }

    private static void unit(int v, String... forms) {
        put(Kind.UNIT, v, forms);
    }

    private static void tens(int v, String... forms) {
        put(Kind.TENS, v, forms);
    }

    private static void hundreds(int v, String... forms) {
        put(Kind.HUNDREDS, v, forms);
    }

    private static void scale(double v, String... forms) {
        for (String f : forms) {
            WORDS.put(f, new Word(Kind.SCALE, v, v, v));
        }
    }

    private static void pluralScale(double scale, double min, String... forms) {
        for (String f : forms) {
            WORDS.put(f, new Word(Kind.PLURAL_SCALE, scale, min, scale * 10 - 1));
        }
    }

    private static void vague(double min, double max, String... forms) {
        for (String f : forms) {
            WORDS.put(f, new Word(Kind.VAGUE, 0, min, max));
        }
    }

    private static void put(Kind kind, int v, String... forms) {
        for (String f : forms) {
            WORDS.put(f, new Word(kind, v, v, v));
        }
    }
}
