package org.rasid.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.RasidException;
import org.rasid.core.pipeline.Pipeline;

class ExtractEvalTest {
    @TempDir
    Path dir;

    private static final String RECORD = "{\"id\":\"t-1\",\"title\":\"عنوان\",\"published\":\"2015-07-31\","
            + "\"content\":\"قال مصدر أمني إن الطريق أغلق. وأضاف أن هجوما وقع في الموصل أمس.\","
            + "\"quotes\":[{\"speaker\":\"مصدر أمني\",\"content_head\":\"الطريق أغلق\",\"direct\":false},"
            + "{\"speaker\":\"مصدر أمني\",\"content_head\":\"هجوما وقع في الموصل\",\"direct\":false},"
            + "{\"speaker\":\"الوزير\",\"content_head\":\"عنوان\",\"direct\":false}],"
            + "\"events\":[{\"type\":\"ATTACK\",\"trigger\":\"هجوما\",\"actors\":[],\"targets\":[],\"location\":\"الموصل\","
            + "\"date\":\"2015-07-30\",\"killed\":null,\"injured\":null}],\"relations\":[]}";

    @Test
    void scoresQuotesByspeakerAndOverlapAndEventsByTypeAndPlace() throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, RECORD + "\n");
        var result = new ExtractEval(Pipeline.standard()::process).evaluate(GoldReader.read(gold, null));
        assertThat(result.articles()).isEqualTo(1);
        assertThat(result.quotes()).isEqualTo(new Score(2, 3, 2));
        assertThat(result.events()).isEqualTo(new Score(1, 1, 1));
        assertThat(result.quotes().precision()).isEqualTo(1.0);
        assertThat(result.quotes().recall()).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void namesMatchAfterNormalizationOrAsWholeWordRuns() {
        assertThat(NameMatch.agrees("عبدالله البدري", List.of("البدري"))).isTrue();
        assertThat(NameMatch.agrees("أمم المتحدة", List.of("الأمم المتحدة"))).isTrue();
        assertThat(NameMatch.agrees("ميلود الزوي", List.of("العقيد ميلود الزوي"))).isTrue();
        assertThat(NameMatch.agrees("الزوي", List.of("الزويدي"))).isFalse();
    }

    @Test
    void badGoldLinesAreReportedWithFileAndLine() throws Exception {
        Path gold = dir.resolve("bad.jsonl");
        Files.writeString(gold, RECORD + "\n{not json\n");
        assertThatThrownBy(() -> GoldReader.read(gold, null)).isInstanceOf(RasidException.class)
                .hasMessageContaining("not valid JSON")
                .satisfies(e -> assertThat(((RasidException) e).input()).endsWith("bad.jsonl:2"));
        Path pointer = dir.resolve("pointer.jsonl");
        Files.writeString(pointer, "{\"corpus_line\":3,\"quotes\":[]}\n");
        assertThatThrownBy(() -> GoldReader.read(pointer, dir.resolve("missing.gz"))).isInstanceOf(RasidException.class)
                .hasMessageContaining("--corpus");
        assertThatThrownBy(() -> GoldReader.read(dir.resolve("nope.jsonl"), null)).isInstanceOf(RasidException.class);
    }
}
