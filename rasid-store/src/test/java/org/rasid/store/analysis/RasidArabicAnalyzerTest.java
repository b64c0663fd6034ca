package org.rasid.store.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class RasidArabicAnalyzerTest {
    private final Analyzer analyzer = new RasidArabicAnalyzer();

    private List<String> terms(String text) throws IOException {
        var out = new ArrayList<String>();
        try (var ts = analyzer.tokenStream("text", text)) {
            var term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void stackedProcliticsAndArticleMeetTheBareForm() throws IOException {
        assertThat(terms("وبالأخبار الأخبار أخبار للأخبار")).containsOnly("اخبار");
    }

    @Test
    void pronounSuffixAndTaMarbutaFold() throws IOException {
        assertThat(terms("حكومته الحكومة حكومتها")).containsOnly("حكوم");
        assertThat(terms("كتابهم كتاب")).containsExactly("كتاب", "كتاب");
    }

    @Test
    void lightStemmerKeepsThreeLetterStems() {
        // stripping و or ب here would leave fewer than three letters after the first proclitic
        for (String word : new String[] {"وزن", "بيت", "وبيت"}) {
            char[] s = word.toCharArray();
            assertThat(new String(s, 0, ArabicLightStemmer.stem(s, s.length))).isEqualTo(word);
        }
    }

    @Test
    void offsetsAreThoseOfTheSurfaceWord() throws IOException {
        try (var ts = analyzer.tokenStream("text", "قال وبالأخبار")) {
            var offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            ts.incrementToken();
            ts.incrementToken();
            assertThat(offset.startOffset()).isEqualTo(4);
            assertThat(offset.endOffset()).isEqualTo(13);
        }
    }
}
