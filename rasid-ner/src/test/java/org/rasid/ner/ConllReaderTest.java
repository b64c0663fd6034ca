package org.rasid.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.RasidException;

class ConllReaderTest {
    @Test
    void readsSentencesWithSpacesOrTabs() {
        var s = ConllReader.parse("زار O\nجون\tB-PERS\nكيري I-PERS\n\nبيروت B-LOC\n\n", "t.conll");
        assertThat(s).hasSize(2);
        assertThat(s.get(0).tokens()).containsExactly("زار", "جون", "كيري");
        assertThat(s.get(0).tags()).containsExactly("O", "B-PERS", "I-PERS");
    }

    @Test
    void repairsBomCrlfAndMissingFinalBlankLine() {
        var s = ConllReader.parse("\uFEFFفي O\r\nلبنان B-LOC", "t.conll");
        assertThat(s).hasSize(1);
        assertThat(s.get(0).tokens()).containsExactly("في", "لبنان");
        assertThat(s.get(0).tags()).containsExactly("O", "B-LOC");
    }

    @Test
    void insideWithoutBeginStartsAnEntityAsConllevalReadsIt() {
        var s = ConllReader.parse("في O\nلبنان I-LOC\nحزب I-ORG\n", "t.conll");
        assertThat(s.get(0).tags()).containsExactly("O", "B-LOC", "B-ORG");
    }

    @Test
    void mapsAqmarTagsAndTypos() {
        var s = ConllReader.parse("a B-PER\nb I-PER\nc B-MIS2\nd I--ORG\ne OO\nf B-ENGLISH\n", "t.conll");
        assertThat(s.get(0).tags()).containsExactly("B-PERS", "I-PERS", "B-MISC", "B-ORG", "O", "O");
    }

    @Test
    void threeColumnsIsAnErrorNamingFileAndLine() {
        assertThatThrownBy(() -> ConllReader.parse("في O\nلبنان B-LOC extra\n", "g.conll"))
                .isInstanceOf(RasidException.class)
                .hasMessageContaining("3 columns")
                .extracting(e -> ((RasidException) e).oneLine()).asString().startsWith("g.conll:2: ");
    }

    @Test
    void unknownTagIsAnError() {
        assertThatThrownBy(() -> ConllReader.parse("في O\nأمس B-DATE\n", "g.conll"))
                .isInstanceOf(RasidException.class)
                .extracting(e -> ((RasidException) e).oneLine()).asString()
                .startsWith("g.conll:2: ").contains("B-DATE");
    }

    @Test
    void emptyFileIsAnError() {
        assertThatThrownBy(() -> ConllReader.parse("\n\n", "e.conll")).isInstanceOf(RasidException.class)
                .hasMessageContaining("no tokens");
    }

    @Test
    void chunksFollowConllevalSemantics() {
        assertThat(EntityScorer.chunks(List.of("I-PERS", "I-PERS", "O", "B-LOC", "I-ORG", "B-LOC", "B-LOC")))
                .containsExactly(new EntityScorer.Chunk(0, 2, "PERS"), new EntityScorer.Chunk(3, 4, "LOC"),
                        new EntityScorer.Chunk(4, 5, "ORG"), new EntityScorer.Chunk(5, 6, "LOC"), new EntityScorer.Chunk(6, 7, "LOC"));
    }
}
