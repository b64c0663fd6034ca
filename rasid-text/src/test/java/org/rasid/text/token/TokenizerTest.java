package org.rasid.text.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rasid.core.model.Token;

class TokenizerTest {
    private final Tokenizer tokenizer = Tokenizer.standard();

    private List<String> texts(String s) {
        return tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    private Token only(String s) {
        List<Token> tokens = tokenizer.tokenize(s);
        assertThat(tokens).hasSize(1);
        return tokens.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "كثيرًا|word", "لـ|word", "جـــديد|word", "3.5|number", "٣٫٥|number", "1,000|number", "١٬٠٠٠|number",
        "۱۴۰۰|number", "7.‏0|number", "https://example.com/a?b=1|url", "www.alarabiya.net|url", "info@rasid.org|email",
        "#داعش_خراسان|hashtag", "@UN_News|mention", "COVID19|latin", "U.S.|latin", "don't|latin", "؟|punct",
        "...|punct", "..|punct", "$|symbol", "😀|symbol", "می\u200Cخواهم|word"})
    void tokenTypes(String text, Token.Type type) {
        Token t = only(text);
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.type()).isEqualTo(type);
    }

    @Test
    void splitsArabicSentenceWithPunctuationAndNumbers() {
        assertThat(texts("قال في تصريح لـ القاهرة 24، إن 3.5% من «الناس»؟"))
                .containsExactly("قال", "في", "تصريح", "لـ", "القاهرة", "24", "،", "إن", "3.5", "%", "من", "«", "الناس", "»", "؟");
    }

    @Test
    void normIsSearchNormalized() {
        assertThat(tokenizer.tokenize("أكَّدت الحكومةُ ٢٠٢١ لـ UN"))
                .extracting(Token::norm, Token::type)
                .containsExactly(tuple("اكدت", Token.Type.word), tuple("الحكومه", Token.Type.word),
                        tuple("2021", Token.Type.number), tuple("ل", Token.Type.word), tuple("un", Token.Type.latin));
    }

    @Test
    void separatesScriptsAndDigits() {
        assertThat(texts("3ملايين F16 عربيEnglish")).containsExactly("3", "ملايين", "F16", "عربي", "English");
    }

    @Test
    void trailingPunctuationIsNotPartOfUrlOrNumber() {
        assertThat(texts("انظر https://a.com/x، و3.")).containsExactly("انظر", "https://a.com/x", "،", "و", "3", ".");
    }

    @Test
    void datelineTatweelAfterSpaceIsPunctuation() {
        assertThat(tokenizer.tokenize("لندن ـ وكالات")).extracting(Token::type)
                .containsExactly(Token.Type.word, Token.Type.punct, Token.Type.word);
    }

    @Test
    void invisibleCharsSeparateOrJoinButAreNeverTokens() {
        assertThat(texts("\u200Fنص\u200F \uFEFFآخر\u200C")).containsExactly("نص", "آخر");
    }

    @Test
    void tokenizesARangeWithDocumentOffsets() {
        String text = "xx قال yy";
        assertThat(tokenizer.tokenize(text, 3, 6)).extracting(Token::start, Token::end).containsExactly(tuple(3, 6));
    }

    @Test
    void invariantsHoldOnRandomArabicAndMixedText() {
        var random = new Random(7);
        for (int round = 0; round < 1500; round++) {
            String text = TextInvariants.randomText(random, random.nextInt(30));
            TextInvariants.assertValid(text, tokenizer.tokenize(text));
        }
    }
}
