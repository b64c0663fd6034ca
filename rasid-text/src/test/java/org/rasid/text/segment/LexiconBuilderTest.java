package org.rasid.text.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconBuilderTest {
    @TempDir
    Path dir;

    @Test
    void countsNewsWordsWithoutMarksAndReadsAyaspellClasses() throws Exception {
        Path news = dir.resolve("news.jsonl");
        Files.writeString(news, "{\"content\":\"الكتابُ جديد، والكتاب قديم. الكتاب\"}\n{\"title\":\"x\",\"content\":\"جديد\"}\n");
        Path dic = dir.resolve("ar.dic");
        Files.writeString(dic, "3\n::::\nstopwords.dic\n::::\nغير\nوغير\nما\nكما\n::::\nnames.dic\n::::\n###أسماء\tx\nكتاب/76\nأبالله\n"
                + "::::\nverb.huns.dic\n::::\nكتب/231\t5\n");
        var out = new ByteArrayOutputStream();
        int forms = new LexiconBuilder().readHunspell(dic).countNews(news).write(out, 2);
        var lexicon = Lexicon.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(lexicon.count("الكتاب")).isEqualTo(2);
        assertThat(lexicon.count("جديد")).isEqualTo(2);
        assertThat(lexicon.count("قديم")).as("below min count").isZero();
        assertThat(lexicon.flags("كتاب")).isEqualTo(Lexicon.NOUN);
        assertThat(lexicon.flags("كتب")).isEqualTo(Lexicon.VERB);
        assertThat(lexicon.flags("غير")).isEqualTo(Lexicon.FUNCTION);
        assertThat(lexicon.flags("كما")).isEqualTo(Lexicon.FUNCTION);
        assertThat(lexicon.flags("وغير")).as("a clitic expansion").isZero();
        assertThat(lexicon.flags("أبالله")).as("listed without flags").isZero();
        assertThat(forms).isEqualTo(lexicon.size());

        var again = new ByteArrayOutputStream();
        new LexiconBuilder().readHunspell(dic).countNews(news).write(again, 2);
        assertThat(again.toByteArray()).as("reproducible").isEqualTo(out.toByteArray());
    }
}
