package org.rasid.text.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rasid.core.Span;
import org.rasid.core.model.Sentence;
import org.rasid.core.model.Token;
import org.rasid.text.date.DateFinder;
import org.rasid.text.date.TimeFinder;
import org.rasid.text.number.NumberFinder;
import org.rasid.text.sentence.SentenceSplitter;
import org.rasid.text.token.TextInvariants;
import org.rasid.text.token.Tokenizer;

/** Random word salads of dates, numbers and punctuation: no finder may throw or return a bad span. */
class FindersFuzzTest {
    private static final String[] WORDS = {"15", "2021", "1443", "٢٧", "/", "-", ".", ":", "10:30", "ص", "م", "هـ", "(",
        ")", "«", "»", "؟", "يوليو", "تموز", "كانون", "الثاني", "محرم", "ربيع", "الأول", "الجمعة", "الماضي", "المقبل",
        "أمس", "اليوم", "غدا", "أول", "من", "قبل", "ثلاثة", "وعشرون", "ألف", "آلاف", "عشرات", "مئات", "نحو", "أكثر",
        "دولار", "ريال", "قطري", "%", "في", "المئة", "الساعة", "العاشرة", "والنصف", "صباحا", "عام", "العام", "الشهر",
        "الرابع", "عشر", "والعشرين", "بضعة", "ونصف", "مليار", "$", "د.", "U.S."};

    @Test
    void findersNeverThrowAndReturnValidSpans() {
        var random = new Random(11);
        Tokenizer tokenizer = Tokenizer.standard();
        NumberFinder numbers = NumberFinder.standard();
        TimeFinder times = new TimeFinder();
        SentenceSplitter splitter = new SentenceSplitter();
        LocalDate published = LocalDate.of(2021, 8, 27);
        for (int round = 0; round < 1000; round++) {
            var sb = new StringBuilder();
            int n = random.nextInt(14);
            for (int k = 0; k < n; k++) {
                sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            if (random.nextInt(4) == 0) {
                sb.append(TextInvariants.randomText(random, 6));
            }
            String text = sb.toString();
            List<Token> tokens = tokenizer.tokenize(text);
            TextInvariants.assertValid(text, tokens);
            assertSorted(text, DateFinder.find(tokens, random.nextBoolean() ? published : null));
            assertSorted(text, numbers.find(tokens));
            assertSorted(text, times.find(tokens));
            List<Sentence> sentences = splitter.split(tokens);
            assertSorted(text, sentences);
            assertThat(sentences.isEmpty()).isEqualTo(tokens.isEmpty());
        }
    }

    private static void assertSorted(String text, List<? extends Span> spans) {
        int prevEnd = 0;
        for (Span s : spans) {
            assertThat(s.start() >= prevEnd && s.end() > s.start() && s.end() <= text.length())
                    .as("span %s in \"%s\"", s, text).isTrue();
            prevEnd = s.end();
        }
    }
}
