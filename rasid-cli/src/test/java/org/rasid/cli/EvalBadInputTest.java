package org.rasid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rasid eval ner` and `rasid eval wojood` on bad gold files and models: one line naming file and line, no trace. */
class EvalBadInputTest {
    @TempDir
    Path dir;

    private void assertOneLine(CliRun r, int exit, String prefix, String reason) {
        assertThat(r.errLines()).singleElement().asString().startsWith("rasid: " + prefix).contains(reason);
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
        assertThat(r.exit()).isEqualTo(exit);
    }

    @Test
    void conllWithThreeColumnsOrAnUnknownTag() throws IOException {
        Path three = Files.writeString(dir.resolve("three.conll"), "في O\nلبنان B-LOC x\n");
        assertOneLine(CliRun.run("eval", "ner", three.toString()), 4, three + ":2: ", "3 columns");
        Path unknown = Files.writeString(dir.resolve("unknown.conll"), "في O\n\nأمس B-DATE\n");
        assertOneLine(CliRun.run("eval", "ner", unknown.toString()), 4, unknown + ":3: ", "B-DATE");
    }

    @Test
    void missingOrCorruptModel() throws IOException {
        Path gold = Files.writeString(dir.resolve("g.conll"), "في O\nلبنان B-LOC\n");
        Path none = dir.resolve("no-model");
        assertOneLine(CliRun.run("eval", "ner", gold.toString(), "--model", none.toString()), 7, none + ": ", "no NER model");
        Path corrupt = Files.createDirectories(dir.resolve("corrupt"));
        for (String f : new String[] {"weights.bin.gz", "lexicon.tsv.gz", "gazetteer.txt.gz"}) {
            Files.writeString(corrupt.resolve(f), "not gzip");
        }
        assertOneLine(CliRun.run("eval", "ner", gold.toString(), "--model", corrupt.toString()), 7, corrupt + ": ", "corrupt");
    }

    @Test
    void wojoodFileWithoutTagOrWithUnknownTag() throws IOException {
        Path untagged = Files.writeString(dir.resolve("w.txt"), "في O\nلبنان\n$#$ O\n");
        assertOneLine(CliRun.run("eval", "wojood", untagged.toString()), 4, untagged + ":2: ", "no tag");
        Path unknown = Files.writeString(dir.resolve("u.txt"), "في O\nلبنان O B-COUNTRY\n");
        assertOneLine(CliRun.run("eval", "wojood", unknown.toString()), 4, unknown + ":2: ", "B-COUNTRY");
        assertOneLine(CliRun.run("eval", "wojood", dir.resolve("none.txt").toString()), 3, dir.resolve("none.txt") + ": ", "no such file");
    }

    @Test
    void wojoodTypeWithoutRasidCounterpart() throws IOException {
        Path gold = Files.writeString(dir.resolve("w.txt"), "في O\nلبنان B-GPE\n");
        assertOneLine(CliRun.run("eval", "wojood", gold.toString(), "--types", "DATE,GPE"), 2, "--types: ", "GPE");
    }

    @Test
    void wojoodScoresOneJsonLine() throws IOException {
        Path gold = Files.writeString(dir.resolve("w.txt"), "\uFEFFوصل O\r\nالوزير B-OCC\r\nفي O\r\n12 B-DATE\r\nمايو I-DATE\r\n");
        CliRun r = CliRun.run("eval", "wojood", gold.toString(), "--types", "DATE,OCC");
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out().lines()).singleElement().asString().contains("\"per_type\"").contains("\"DATE\"").contains("\"relaxed\"");
    }
}
