package org.rasid.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rasid.core.RasidException;
import org.rasid.extract.eval.WojoodSentence.Span;

class WojoodReaderTest {
    @Test
    void readsNestedEntitiesAtEveryLevel() {
        var s = WojoodReader.parse("مراسلة O\nسكرتير B-OCC\nاللجنة I-OCC B-ORG\nالعربية I-OCC I-ORG\nفي I-OCC\n"
                + "نابلس I-OCC B-GPE\nعام B-DATE\n1948 I-DATE\n$#$ O\n\nثم O\n", "w.txt");
        assertThat(s).hasSize(2);
        assertThat(s.get(0).entities()).containsExactly(new Span(1, 6, "OCC"), new Span(2, 4, "ORG"),
                new Span(5, 6, "GPE"), new Span(6, 8, "DATE"));
        assertThat(s.get(0).text()).startsWith("مراسلة سكرتير اللجنة");
        assertThat(s.get(0).start(1)).isEqualTo("مراسلة ".length());
        assertThat(s.get(0).source()).isEqualTo("w.txt:1");
        assertThat(s.get(1).source()).isEqualTo("w.txt:11");
    }

    @Test
    void nestedEntitiesOfOneTypeCloseInnermostFirst() {
        var s = WojoodReader.parse("a B-ORG\nb I-ORG B-ORG\nc I-ORG I-ORG\nd I-ORG\n", "w.txt");
        assertThat(s.get(0).entities()).containsExactly(new Span(0, 4, "ORG"), new Span(1, 3, "ORG"));
    }

    @Test
    void repairsBomCrlfMissingSeparatorAndInsideWithoutBegin() {
        var s = WojoodReader.parse("\uFEFFفي O\r\nعام I-DATE\r\n2020 I-DATE\r\nو O\r\nالسنة I-NORP", "w.txt");
        assertThat(s).hasSize(1);
        assertThat(s.get(0).tokens()).containsExactly("في", "عام", "2020", "و", "السنة");
        assertThat(s.get(0).entities()).containsExactly(new Span(1, 3, "DATE"), new Span(4, 5, "NORP"));
    }

    @Test
    void lineWithoutTagIsAnErrorNamingFileAndLine() {
        assertThatThrownBy(() -> WojoodReader.parse("في O\nلبنان\n", "w.txt")).isInstanceOf(RasidException.class)
                .extracting(e -> ((RasidException) e).oneLine()).asString().startsWith("w.txt:2: ").contains("no tag");
    }

    @Test
    void unknownTagIsAnErrorNamingFileAndLine() {
        assertThatThrownBy(() -> WojoodReader.parse("في O\n\nلبنان O B-COUNTRY\n", "w.txt")).isInstanceOf(RasidException.class)
                .extracting(e -> ((RasidException) e).oneLine()).asString().startsWith("w.txt:3: ").contains("B-COUNTRY");
    }

    @Test
    void fileWithoutTokensIsAnError() {
        assertThatThrownBy(() -> WojoodReader.parse("$#$ O\n\n", "w.txt")).isInstanceOf(RasidException.class)
                .hasMessageContaining("no tokens");
    }

    @Test
    void missingFileIsAnError() {
        assertThatThrownBy(() -> WojoodReader.read(java.nio.file.Path.of("no-such-wojood.txt")))
                .isInstanceOf(RasidException.class).hasMessageContaining("no such file");
    }
}
