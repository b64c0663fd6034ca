package org.rasid.store.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.rasid.core.model.Segment;
import org.rasid.text.segment.Segmenter;

/**
 * Adapts Rasid's clitic {@link Segmenter} to a token stream: a word becomes its stem segment, without the
 * proclitics (و ب ال ...) and attached pronouns the segmenter cut off. Runs on the spelling as written, before
 * search normalization, because the segmenter tells words apart by hamza forms and ة.
 */
public final class CliticStemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final Segmenter segmenter;

    public CliticStemFilter(TokenStream input, Segmenter segmenter) {
        super(input);
        this.segmenter = segmenter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String word = term.toString();
            List<Segment> segments = segmenter.segment(word, 0, word.length());
            for (Segment s : segments) {
                if (s.kind() == Segment.Kind.stem) {
                    term.setEmpty().append(word, s.start(), s.end());
                    break;
                }
            }
        }
        return true;
    }
}
