package org.rasid.store.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.rasid.text.segment.Segmenter;

/**
 * Rasid's search analysis: {@code StandardTokenizer → LowerCaseFilter → DecimalDigitFilter → CliticStemFilter
 * (Rasid's segmenter) → RasidNormalizationFilter (SEARCH level) → ArabicLightStemFilter}. The segmenter reads
 * the spelling as written, so it runs before normalization; the light stemmer's rules are written for folded
 * alef forms and ه for ة, so it runs after, and catches what the segmenter leaves (plural and feminine endings,
 * clitics on words it does not know). No stop words: phrase queries must match every word as written.
 */
public final class RasidArabicAnalyzer extends Analyzer {
    private final Segmenter segmenter = Segmenter.standard();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new DecimalDigitFilter(result);
        result = new CliticStemFilter(result, segmenter);
        result = new RasidNormalizationFilter(result);
        result = new ArabicLightStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new RasidNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
    }
}
