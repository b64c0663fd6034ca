package org.rasid.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The trigger-word profile of a word in raw news ({@link TriggerContext}) and its column in the lexicon. */
class TriggerContextTest {
    /** Profiles of every word of a whitespace-tokenized text (each word, folded, its own stem and vocabulary entry). */
    private static java.util.function.Function<String, String> profiles(String text) {
        List<String> words = new ArrayList<>();
        int[] stream = Arrays.stream(text.split(" ")).map(ArabicFold::fold).mapToInt(w -> {
            int i = words.indexOf(w);
            if (i < 0) {
                words.add(w);
                i = words.size() - 1;
            }
            return i;
        }).toArray();
        int[] identity = new int[words.size()];
        Arrays.setAll(identity, i -> i);
        String[] p = TriggerContext.profiles(stream, identity, words, identity, words.size());
        var out = new java.util.HashMap<String, String>();
        for (int i = 0; i < p.length; i++) {
            out.put(words.get(i), p[i]);
        }
        return word -> out.get(ArabicFold.fold(word));
    }

    @Test
    void aWordMostlyAfterAnOrganizationTriggerGetsItsClassAndShare() {
        var p = profiles("فاز نادي بنفيكا ثم نادي بنفيكا و نادي بنفيكا على بنفيكا");
        assertThat(p.apply("بنفيكا")).isEqualTo("ORG3"); // 3 of 4 occurrences
    }

    @Test
    void aTriggerTwoWordsBeforeCountsWhenTheWordBeforeIsNone() {
        var p = profiles("قال الرئيس الامريكي اوباما ثم الرئيس الامريكي اوباما و الرئيس الامريكي اوباما");
        assertThat(p.apply("اوباما")).isEqualTo("PERS3");
        assertThat(p.apply("الامريكي")).isEqualTo("PERS3");
    }

    @Test
    void fewerThanThreeOccurrencesAfterTriggersGiveNoProfile() {
        var p = profiles("مدينة جدة و مدينة جدة و جدة و جدة");
        assertThat(p.apply("جدة")).isEqualTo(TriggerContext.NONE);
        assertThat(p.apply("و")).isEqualTo(TriggerContext.NONE);
    }

    @Test
    void theShareIsCutIntoSteps() {
        assertThat(TriggerContext.profile(new int[] {100, 0, 3, 0})).isEqualTo("ORG0");
        assertThat(TriggerContext.profile(new int[] {100, 0, 5, 9})).isEqualTo("LOC1");
        assertThat(TriggerContext.profile(new int[] {100, 20, 5, 0})).isEqualTo("PERS2");
    }

    @Test
    void theLexiconKeepsTheProfileAndStillReadsFilesWithoutIt() throws IOException {
        var entries = Map.of("بنفيكا", new Lexicon.Entry(41, new int[] {1, 2, 3}, "ORG3"), "جدة", new Lexicon.Entry(9, new int[0]));
        var bytes = new ByteArrayOutputStream();
        Lexicon.write(bytes, new Lexicon(entries));
        Lexicon back = Lexicon.read(new ByteArrayInputStream(bytes.toByteArray()), "test");
        assertThat(back.get("بنفيكا").context()).isEqualTo("ORG3");
        assertThat(back.get("بنفيكا").clusters()).containsExactly(1, 2, 3);
        assertThat(back.get("جدة").context()).isEqualTo(TriggerContext.NONE);

        var old = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(old)) {
            gz.write((Lexicon.HEADER_1 + "\nبنفيكا\t41\t1\t2\t3\n").getBytes(StandardCharsets.UTF_8));
        }
        Lexicon v1 = Lexicon.read(new ByteArrayInputStream(old.toByteArray()), "old");
        assertThat(v1.get("بنفيكا").clusters()).containsExactly(1, 2, 3);
        assertThat(v1.get("بنفيكا").context()).isEqualTo(TriggerContext.NONE);
    }
}
