package org.rasid.store.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.rasid.text.normalize.ArabicNormalizer;

/**
 * Adapts Rasid's {@link ArabicNormalizer#SEARCH} level to a token stream, so the index folds spelling the way
 * the rest of Rasid matches words (alef forms, ى, ة, diacritics, tatweel, presentation forms, digits).
 */
public final class RasidNormalizationFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public RasidNormalizationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (changes(term.buffer(), term.length())) {
            String normalized = ArabicNormalizer.SEARCH.normalize(term);
            term.setEmpty().append(normalized);
        }
        return true;
    }

    private static boolean changes(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (ArabicNormalizer.SEARCH.changes(buffer[i])) {
                return true;
            }
        }
        return false;
    }
}
