package org.rasid.text.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rasid.core.model.Paragraph;
import org.rasid.core.model.Sentence;
import org.rasid.core.model.Token;
import org.rasid.text.token.Tokenizer;

class SentenceSplitterTest {
    private final Tokenizer tokenizer = Tokenizer.standard();
    private final SentenceSplitter splitter = new SentenceSplitter();

    /** Sentences of one paragraph, joined with " | ". */
    private String split(String paragraph) {
        List<Sentence> sentences = splitter.split(tokenizer.tokenize(paragraph));
        return String.join(" | ", sentences.stream().map(s -> s.in(paragraph)).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // question mark ends a sentence, a comma does not
        "هل تحولت أفغانستان لقبلة جديدة للتنظيمات الجهادية؟ نعم، تحولت.#هل تحولت أفغانستان لقبلة جديدة للتنظيمات الجهادية؟ | نعم، تحولت.",
        // '..' is a dash in Arabic headlines, not an end
        "داعش خراسان.. اسم ذاع صيته كثيرًا.#داعش خراسان.. اسم ذاع صيته كثيرًا.",
        // ellipses pause
        "قال إنه سيعود… لكنه لم يعد... أبدا.#قال إنه سيعود… لكنه لم يعد... أبدا.",
        // decimals, abbreviations, initials
        "ارتفع بنسبة 3.5 بالمئة. وقال د. محمد إن الوضع صعب.#ارتفع بنسبة 3.5 بالمئة. | وقال د. محمد إن الوضع صعب.",
        "زار أ. خالد الولايات المتحدة U.S. أمس. ثم عاد.#زار أ. خالد الولايات المتحدة U.S. أمس. | ثم عاد.",
        "انظر ص. 25 من التقرير.#انظر ص. 25 من التقرير.",
        // dotted acronyms written in Arabic letters; a missing space after a real end still splits
        "وقالت شركة إم.تي.إن للاتصالات إن الطلب زاد. ثم انخفض.#وقالت شركة إم.تي.إن للاتصالات إن الطلب زاد. | ثم انخفض.",
        "وصل الوفد إلى المدينة.وقال المتحدث إنه سعيد.#وصل الوفد إلى المدينة. | وقال المتحدث إنه سعيد.",
        // era letters after a year end a sentence when no number follows
        "ولد عام 1950 م. وتوفي لاحقا.#ولد عام 1950 م. | وتوفي لاحقا.",
        // URLs and e-mails keep their dots
        "راجع www.example.com/a.html للمزيد. أو اكتب إلى info@example.org اليوم.#راجع www.example.com/a.html للمزيد. | أو اكتب إلى info@example.org اليوم.",
        // runs of end marks stay with their sentence
        "هل هذا معقول؟! لا أصدق!! حقا.#هل هذا معقول؟! | لا أصدق!! | حقا.",
        // the Arabic semicolon does not end a sentence
        "حدد ملامح الاستراتيجية؛ وهي مسألة مهمة.#حدد ملامح الاستراتيجية؛ وهي مسألة مهمة.",
        // ends inside quotes do not split, unless the quote closes right after
        "قال: «لن نتراجع. سنواصل القتال» ثم غادر.#قال: «لن نتراجع. سنواصل القتال» ثم غادر.",
        "قال: «لن نتراجع.» ثم غادر.#قال: «لن نتراجع.» | ثم غادر.",
        "قال \"هذا الامر خطير. جدا\". ونوه بأنه سيعمل.#قال \"هذا الامر خطير. جدا\". | ونوه بأنه سيعمل.",
        "وصف الاتفاق بأنه «تاريخي». غير أن كيري حذر.#وصف الاتفاق بأنه «تاريخي». | غير أن كيري حذر.",
        // an unclosed quote does not swallow the paragraph
        "قال «لن نتراجع. ثم غادر.#قال «لن نتراجع. | ثم غادر.",
        // brackets
        "(انتهى الاجتماع. وعاد الوفد) ثم بدأ آخر.#(انتهى الاجتماع. وعاد الوفد) ثم بدأ آخر.",
        // a heading without final punctuation
        "الجماعات الإرهابية#الجماعات الإرهابية"})
    void splits(String paragraph, String expected) {
        assertThat(split(paragraph)).isEqualTo(expected);
    }

    @Test
    void sentencesNeverCrossParagraphs() {
        String text = "عنوان بلا نقطة\n\nفقرة أولى. وجملة ثانية\n\nفقرة «ثانية. بلا إغلاق";
        var paragraphs = new ArrayList<Paragraph>();
        int start = 0;
        for (String block : text.split("\n\n")) {
            int s = text.indexOf(block, start);
            paragraphs.add(new Paragraph(s, s + block.length(), Paragraph.Kind.paragraph));
            start = s + block.length();
        }
        List<Sentence> sentences = splitter.split(paragraphs, tokenizer.tokenize(text));
        assertThat(sentences).extracting(s -> s.in(text))
                .containsExactly("عنوان بلا نقطة", "فقرة أولى.", "وجملة ثانية", "فقرة «ثانية.", "بلا إغلاق");
    }

    @Test
    void referenceArticle() throws IOException {
        String text = Files.readString(Path.of("../examples/taliban-isis-k.txt"));
        var paragraphs = new ArrayList<Paragraph>();
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                paragraphs.add(new Paragraph(offset, offset + line.length(), Paragraph.Kind.paragraph));
            }
            offset += line.length() + 1;
        }
        List<Token> tokens = tokenizer.tokenize(text);
        List<String> sentences = splitter.split(paragraphs, tokens).stream().map(s -> s.in(text)).toList();
        assertThat(sentences).contains(
                "هل تحولت أفغانستان لقبلة جديدة للتنظيمات الجهادية؟",
                "طالبان وداعش خراسان.. هل أصبحت كابول قبلة الجهاد؟",
                "الجماعات الإرهابية",
                "كيف تبدو العلاقة بين تنظيم داعش خرسان الإرهابي وطالبان؟");
        assertThat(sentences).anyMatch(s -> s.startsWith("داعش خراسان.. اسم ذاع صيته") && s.endsWith("بمطار كابول."));
        // every body paragraph of this article is exactly one sentence
        assertThat(sentences).hasSize(paragraphs.size());
    }
}
