package org.rasid.text.normalize;

/** Search level: teh marbuta as heh (مدينة / مدينه), as Lucene's ArabicNormalizer does. */
public final class TehMarbutaRule implements NormalizationRule {
    public static final char TEH_MARBUTA = '\u0629';
    public static final char HEH = '\u0647';

    @Override
    public String apply(char c) {
        return c == TEH_MARBUTA ? String.valueOf(HEH) : null;
    }
}
