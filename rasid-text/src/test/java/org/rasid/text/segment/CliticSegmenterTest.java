package org.rasid.text.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rasid.core.model.Segment;
import org.rasid.core.model.Segment.Kind;

class CliticSegmenterTest {
    private final Segmenter segmenter = Segmenter.standard();

    private String farasa(String word) {
        return FarasaFormat.join(segmenter.segment(word, 0, word.length()));
    }

    @ParameterizedTest
    @CsvSource({
        "وبالكتاب, و+ب+ال+كتاب",
        "فسيكتبونها, ف+س+يكتب+ون+ها",
        "للمحتوى, ل+ال+محتوى",
        "بمطار, ب+مطار",
        "والتلفزيون, و+ال+تلفزيون",
        "ترشيحاتها, ترشيح+ات+ها",
        "الأكاديمية, ال+أكاديمي+ة",
        "أعلنت, أعلن+ت",
        "ولادته, ولاد+ت+ه",
        "للغة, ل+ال+لغ+ة",
        "مما, من+ما",
    })
    void cutsCliticsByTheFarasaScheme(String word, String expected) {
        assertThat(farasa(word)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"بان", "بايدن", "لبنان", "فلسطين", "كابول", "بريطانيا", "الذي", "التي", "كما", "سوريا"})
    void leavesNamesAndLexicalWordsWhole(String word) {
        assertThat(farasa(word)).isEqualTo(word);
    }

    @Test
    void segmentsCoverTheWordExactlyWithDiacriticsAndTatweelInside() {
        String text = "قال: وَبِالْكِتَـــابِ للمحتوى";
        int start = text.indexOf("وَ");
        int end = text.indexOf(' ', start);
        List<Segment> segments = segmenter.segment(text, start, end);
        assertThat(segments).extracting(Segment::form).containsExactly("و", "ب", "ال", "كتاب");
        assertThat(segments).extracting(Segment::kind).containsExactly(Kind.prefix, Kind.prefix, Kind.prefix, Kind.stem);
        assertThat(segments.get(0).start()).isEqualTo(start);
        assertThat(segments.get(segments.size() - 1).end()).isEqualTo(end);
        for (int i = 1; i < segments.size(); i++) {
            assertThat(segments.get(i).start()).isEqualTo(segments.get(i - 1).end());
        }
        assertThat(segments.get(0).in(text)).isEqualTo("وَ");
        assertThat(segments.get(2).in(text)).isEqualTo("الْ");
        assertThat(segments.get(3).in(text)).isEqualTo("كِتَـــابِ");
    }

    @Test
    void theArticleAfterLamCoversTheSecondLamWithItsDictionaryForm() {
        String text = "للمحتوى";
        List<Segment> segments = segmenter.segment(text, 0, text.length());
        assertThat(segments).containsExactly(
                new Segment(0, 1, "ل", Kind.prefix), new Segment(1, 2, "ال", Kind.prefix),
                new Segment(2, 7, "محتوى", Kind.stem));
    }

    @Test
    void anElidedArticleIsAnEmptySegment() {
        List<Segment> segments = segmenter.segment("للغة", 0, 4);
        assertThat(segments).containsExactly(new Segment(0, 1, "ل", Kind.prefix), new Segment(1, 1, "ال", Kind.prefix),
                new Segment(1, 3, "لغ", Kind.stem), new Segment(3, 4, "ة", Kind.suffix));
    }

    @Test
    void pronounsAndSuffixesHaveTheirKinds() {
        List<Segment> segments = segmenter.segment("ترشيحاتها", 0, 9);
        assertThat(segments).extracting(Segment::kind).containsExactly(Kind.stem, Kind.suffix, Kind.pronoun);
    }

    @Test
    void tokensThatAreNotArabicWordsStayWhole() {
        for (String token : List.of("2014", "Wikimedia", "،", "كتاب2")) {
            assertThat(segmenter.segment(token, 0, token.length()))
                    .containsExactly(new Segment(0, token.length(), token, Kind.stem));
        }
    }

    @Test
    void punctuationGluedToAWordStaysAroundItsSegments() {
        assertThat(FarasaFormat.word(segmenter, "«وبالكتاب»،")).isEqualTo("«و+ب+ال+كتاب»،");
        assertThat(FarasaFormat.word(segmenter, "...")).isEqualTo("...");
    }
}
