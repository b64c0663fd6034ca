package org.rasid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    @Test
    void writesEachWordAsItsSegmentsKeepingLinesAndPunctuation() throws Exception {
        Path file = dir.resolve("in.txt");
        Files.writeString(file, "وبالكتاب للمحتوى، بان\n\nفسيكتبونها 2014\n");

        int code = Rasid.run("segment", file.toString());

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("و+ب+ال+كتاب ل+ال+محتوى، بان\n\nف+س+يكتب+ون+ها 2014\n");
    }

    @Test
    void aMissingFileIsOneLineAndNoOutput() {
        int code = Rasid.run("segment", dir.resolve("nope.txt").toString());

        assertThat(code).isEqualTo(3);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("rasid: ").contains("nope.txt").hasLineCount(1);
    }

    @Test
    void evalSegmentPrintsOneJsonLine() throws Exception {
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "refTok\trefPOS\nو+ال+تلفزيون\tCONJ+DET+NOUN\nبان\tNOUN\n.\tPUNC\n");

        int code = Rasid.run("eval", "segment", gold.toString());

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"words\":3", "\"correct\":3", "\"word_accuracy\":1.0")
                .hasLineCount(1);
    }
}
