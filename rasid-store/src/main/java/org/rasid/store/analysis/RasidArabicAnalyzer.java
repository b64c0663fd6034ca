package org.rasid.store.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Rasid's search analysis: {@code StandardTokenizer → LowerCaseFilter → DecimalDigitFilter →
 * RasidNormalizationFilter (SEARCH level) → ArabicLightStemFilter}. Normalization must come first: the
 * stemmer's rules are written for folded alef forms and ه for ة. No stop words: phrase queries must match every word as written.
 */
public final class RasidArabicAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new DecimalDigitFilter(result);
        result = new RasidNormalizationFilter(result);
        result = new ArabicLightStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new RasidNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
    }
}
