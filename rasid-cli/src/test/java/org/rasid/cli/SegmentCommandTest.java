package org.rasid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesEachWordAsItsSegmentsKeepingLinesAndPunctuation() throws Exception {
        Path file = dir.resolve("in.txt");
        Files.writeString(file, "وبالكتاب للمحتوى، بان\n\nفسيكتبونها 2014\n");

        var r = CliRun.run("segment", file.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .isEqualTo("و+ب+ال+كتاب ل+ال+محتوى، بان\n\nف+س+يكتب+ون+ها 2014\n");
    }

    @Test
    void everySubcommandAnswersHelp() {
        for (String[] cmd : new String[][] {{"segment", "--help"}, {"search", "--help"}, {"eval", "segment", "--help"}}) {
            var r = CliRun.run(cmd);
            assertThat(r.exit()).as(String.join(" ", cmd)).isZero();
            assertThat(r.out()).startsWith("Usage: rasid " + cmd[0]);
        }
    }

    @Test
    void aMissingFileIsOneLineAndNoOutput() {
        var r = CliRun.run("segment", dir.resolve("nope.txt").toString());

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("rasid: ").contains("nope.txt").hasLineCount(1);
    }

    @Test
    void aFileThatIsNotUtf8IsOneLineAndNoOutput() throws Exception {
        Path cp1256 = dir.resolve("old.txt");
        Files.write(cp1256, "قال الوزير".getBytes(java.nio.charset.Charset.forName("windows-1256")));

        var r = CliRun.run("segment", cp1256.toString());

        assertThat(r.exit()).isNotZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("rasid: ").contains("old.txt", "UTF-8").hasLineCount(1);
    }

    @Test
    void evalSegmentPrintsOneJsonLine() throws Exception {
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "refTok\trefPOS\nو+ال+تلفزيون\tCONJ+DET+NOUN\nبان\tNOUN\n.\tPUNC\n");

        var r = CliRun.run("eval", "segment", gold.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"words\":3", "\"correct\":3", "\"word_accuracy\":1.0")
                .hasLineCount(1);
    }
}
