package org.rasid.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class EntityListTest {
    /** Ten sentences: "زار X امس" with X tagged; each name but سامي appears in one sentence only. */
    private static final String[] NAMES = {"دمشق", "سامي", "ليون", "طهران", "سامي", "نيسان", "القاهرة", "بغداد", "عمان", "سامي"};

    private static List<String[]> stems() {
        var out = new ArrayList<String[]>();
        for (String name : NAMES) {
            out.add(new String[] {"زار", name, "امس"});
        }
        return out;
    }

    private static List<List<String>> tags() {
        var out = new ArrayList<List<String>>();
        for (String name : NAMES) {
            out.add(List.of("O", name.equals("سامي") ? "B-PERS" : "B-LOC", "O"));
        }
        return out;
    }

    @Test
    void aFoldsListLacksTheNamesOnlyThatFoldHas() {
        EntityList[] folds = EntityList.jackknifed(stems(), tags(), 5);
        for (int i = 0; i < NAMES.length; i++) {
            EntityList own = folds[EntityList.fold(i, NAMES.length, 5)];
            if (NAMES[i].equals("سامي")) {
                assertThat(own.counts("سامي")).as("also named in other folds").isNotNull();
            } else {
                assertThat(own.counts(NAMES[i])).as(NAMES[i] + " in its own fold's list").isNull();
            }
        }
        // every name is in some other fold's list, and the full list has them all
        for (String name : NAMES) {
            long listing = java.util.Arrays.stream(folds).filter(l -> l.counts(name) != null).count();
            assertThat(listing).isEqualTo(name.equals("سامي") ? 5 : 4);
            assertThat(EntityList.build(stems(), tags()).counts(name)).isNotNull();
        }
    }

    @Test
    void countsTypesAndUntaggedOccurrencesAndMarksTheLongestMatch() {
        List<String[]> stems = List.of(
                new String[] {"فاز", "دينامو", "كييف", "على", "ليون"},
                new String[] {"في", "كييف", "امس"},
                new String[] {"ليون", "مدينة"},
                new String[] {"ليون", "خسر"});
        List<List<String>> tags = List.of(
                List.of("O", "B-ORG", "I-ORG", "O", "B-ORG"),
                List.of("O", "B-LOC", "O"),
                List.of("B-LOC", "O"),
                List.of("O", "O"));
        EntityList list = EntityList.build(stems, tags);
        assertThat(list.counts("دينامو كييف")).containsExactly(0, 1, 0, 0, 0);
        assertThat(list.counts("ليون")).containsExactly(0, 1, 1, 0, 1);
        assertThat(list.mark(new String[] {"امام", "دينامو", "كييف", "اليوم"}))
                .containsExactly(null, "B-ORG3", "I-ORG3", null);
        assertThat(list.mark(new String[] {"ليون"})).as("ORG, LOC, untagged: a third each").containsExactly("B-ORG1");
        assertThat(list.mark(new String[] {"كييف"})).containsExactly("B-LOC3");
        // كييف: once inside an ORG, once a LOC; دينامو only ever inside the ORG
        assertThat(list.markWords(new String[] {"دينامو", "كييف", "على"})).containsExactly("ORG3", "ORG2", null);
    }

    @Test
    void storedFormReadsBackToTheSameLines() throws IOException {
        EntityList list = EntityList.build(stems(), tags());
        var bytes = new ByteArrayOutputStream();
        try (var out = new PrintWriter(new java.io.OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8))) {
            list.lines().forEach(line -> out.print(line + "\n"));
        }
        EntityList back = EntityList.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(back.lines()).isEqualTo(list.lines()).contains("N\tسامي\t3 0 0 0 0");
        assertThat(back.mark(new String[] {"ليون"})).containsExactly("B-LOC3");
    }
}
