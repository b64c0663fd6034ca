package org.rasid.text.normalize;

/**
 * Maps Persian and Urdu letter variants that Arabic text picks up from keyboards and copy-paste to the
 * Arabic letters they stand for: ک → ك, ی → ي, ھ → ه, ۀ → ة.
 */
public final class PersianLettersRule implements NormalizationRule {
    public static final char KEHEH = '\u06A9';
    public static final char SWASH_KAF = '\u06AA';
    public static final char FARSI_YEH = '\u06CC';
    public static final char HEH_DOACHASHMEE = '\u06BE';
    public static final char HEH_GOAL = '\u06C1';
    public static final char HEH_WITH_YEH_ABOVE = '\u06C0';

    public static final char KAF = '\u0643';
    public static final char YEH = '\u064A';
    public static final char HEH = '\u0647';
    public static final char TEH_MARBUTA = '\u0629';

    @Override
    public String apply(char c) {
        return switch (c) {
            case KEHEH, SWASH_KAF -> String.valueOf(KAF);
            case FARSI_YEH -> String.valueOf(YEH);
            case HEH_DOACHASHMEE, HEH_GOAL -> String.valueOf(HEH);
            case HEH_WITH_YEH_ABOVE -> String.valueOf(TEH_MARBUTA);
            default -> null;
        };
    }
}
