package org.rasid.ingest.clean;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Tells Arabic documents from others by script: "ar" when Arabic letters make up at least
 * {@value #MIN_ARABIC_SHARE} of the letters; otherwise "und-" plus the main script (e.g. "und-Latn"),
 * since a script is all that can be said without a language model.
 */
public final class Language {
    static final double MIN_ARABIC_SHARE = 0.5;

    /** The language tag and, for non-Arabic text, the warning to attach. */
    public record Verdict(String language, String warning) {
    }

    private Language() {
    }

    public static Verdict of(String text) {
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
            }
        }
        int arabic = counts.getOrDefault(Character.UnicodeScript.ARABIC, 0);
        if (letters > 0 && (double) arabic / letters >= MIN_ARABIC_SHARE) {
            return new Verdict("ar", null);
        }
        var main = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        String tag = main == null ? "und" : "und-" + scriptCode(main);
        int percent = letters == 0 ? 0 : (int) Math.round(100.0 * arabic / letters);
        return new Verdict(tag, "not Arabic: " + percent + "% of letters are Arabic");
    }

    private static String scriptCode(Character.UnicodeScript script) {
        return switch (script) {
            case LATIN -> "Latn";
            case CYRILLIC -> "Cyrl";
            case HEBREW -> "Hebr";
            case HAN -> "Hani";
            case GREEK -> "Grek";
            default -> {
                String n = script.name().toLowerCase(Locale.ROOT);
                yield Character.toUpperCase(n.charAt(0)) + n.substring(1, Math.min(4, n.length()));
            }
        };
    }
}
