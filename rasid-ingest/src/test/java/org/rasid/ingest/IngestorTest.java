package org.rasid.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.RasidException.Problem;

class IngestorTest {
    static final String PARA = "أعلنت وزارة الصحة اليوم تسجيل حالات جديدة، مؤكدة أن الوضع تحت السيطرة وأن الفرق الطبية "
            + "تعمل على مدار الساعة لمتابعة المصابين.";
    static final String ARTICLE = "عنوان الخبر الرئيسي\n\n" + PARA + "\n";

    @TempDir
    Path dir;

    List<Outcome> read(String input) {
        return read(IngestOptions.defaults(), input);
    }

    List<Outcome> read(IngestOptions options, String input) {
        List<Outcome> out = new ArrayList<>();
        new Ingestor(options).read(input, out::add);
        return out;
    }

    Problem onlyProblem(List<Outcome> outcomes) {
        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0).error()).isNotNull();
        return outcomes.get(0).error().problem();
    }

    @Test
    void readsAPlainTextFile() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        var outcomes = read(f.toString());
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.article().title()).isEqualTo("عنوان الخبر الرئيسي");
            assertThat(o.article().meta().language()).isEqualTo("ar");
            assertThat(o.article().meta().warnings()).isEmpty();
        });
    }

    @Test
    void aMissingFileAnEmptyFileAndWhiteSpaceAreReported() throws IOException {
        assertThat(onlyProblem(read(dir.resolve("nope.txt").toString()))).isEqualTo(Problem.NOT_FOUND);
        assertThat(onlyProblem(read(Files.createFile(dir.resolve("empty.txt")).toString()))).isEqualTo(Problem.EMPTY);
        assertThat(onlyProblem(read(Files.writeString(dir.resolve("blank.txt"), " \n\n\t ").toString()))).isEqualTo(Problem.EMPTY);
    }

    @Test
    void binaryAndUndecodableFilesAreReported() throws IOException {
        Path bin = Files.write(dir.resolve("x.txt"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 0, 1, 2, 3});
        assertThat(onlyProblem(read(bin.toString()))).isEqualTo(Problem.BINARY);
        byte[] noise = new byte[3000];
        new java.util.Random(3).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (noise[i] | 0x80);
        }
        assertThat(onlyProblem(read(Files.write(dir.resolve("bad.txt"), noise).toString()))).isEqualTo(Problem.ENCODING);
    }

    @Test
    void aHugeFileIsRefusedByItsSizeWithoutReadingIt() throws IOException {
        Path big = dir.resolve("big.txt");
        try (var raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(200L * 1024 * 1024); // sparse: nothing is written
        }
        long t0 = System.nanoTime();
        var outcomes = read(big.toString());
        assertThat(onlyProblem(outcomes)).isEqualTo(Problem.TOO_LARGE);
        assertThat(outcomes.get(0).error().getMessage()).contains("209715200 bytes");
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2000);
    }

    @Test
    void readsWindows1256Files() throws IOException {
        Path f = Files.write(dir.resolve("cp.txt"), ARTICLE.getBytes(Charset.forName("windows-1256")));
        assertThat(read(f.toString())).singleElement().satisfies(o -> assertThat(o.article().blocks().get(0).text()).isEqualTo(PARA));
    }

    @Test
    void aWindows1256PageDeclaredAsUtf8IsStillRead() throws IOException {
        Path utf8 = Path.of(System.getProperty("rasid.shared"), "data/html/albayan.ae-1.html");
        String html = Files.readString(utf8, StandardCharsets.UTF_8);
        Path cp = Files.write(dir.resolve("albayan-cp1256.html"), html.getBytes(Charset.forName("windows-1256")));
        var fromUtf8 = read(utf8.toString()).get(0).article();
        var fromCp1256 = read(cp.toString()).get(0).article();
        assertThat(fromCp1256.title()).isEqualTo(fromUtf8.title());
        assertThat(fromCp1256.blocks()).isEqualTo(fromUtf8.blocks());
    }

    @Test
    void aDirectoryIsReadInOrderSkippingHiddenAndForeignFiles() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("b.txt"), ARTICLE);
        Files.writeString(dir.resolve("sub/a.html"), "<html><body><p>" + PARA + "</p><p>" + PARA + "</p></body></html>");
        Files.writeString(dir.resolve(".hidden.txt"), ARTICLE);
        Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.createFile(dir.resolve("c.txt"));
        var outcomes = read(dir.toString());
        assertThat(outcomes).extracting(o -> Path.of(o.input()).getFileName().toString())
                .containsExactly("b.txt", "c.txt", "photo.png", "a.html");
        assertThat(outcomes.get(0).isOk()).isTrue();
        assertThat(outcomes.get(1).error().problem()).isEqualTo(Problem.EMPTY);
        assertThat(outcomes.get(2).isSkipped()).isTrue();
        assertThat(outcomes.get(3).isOk()).isTrue();
    }

    @Test
    void readsJsonLinesRecordsIncludingGzipAndReportsBadOnes() throws IOException {
        String jsonl = """
                {"title": "عنوان أول", "content": "%s\\nشارك من خلال تويتر فيسبوك جوجل بلس", "url": "http://x/1", "date_extracted": "2015-07-21 02:51:32", "author": "واس"}
                {"title": "بلا نص"}
                not json
                {"title": "عنوان ثالث", "text": "%s", "published": "2015-08-01"}
                """.formatted(PARA, PARA);
        Path gz = dir.resolve("news.jsonl.gz");
        var bytes = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(bytes)) {
            out.write(jsonl.getBytes(StandardCharsets.UTF_8));
        }
        Files.write(gz, bytes.toByteArray());
        var outcomes = read(gz.toString());
        assertThat(outcomes).hasSize(4);
        var first = outcomes.get(0).article();
        assertThat(first.meta().source()).isEqualTo(gz + ":1");
        assertThat(first.meta().published()).isEqualTo("2015-07-21");
        assertThat(first.meta().url()).isEqualTo("http://x/1");
        assertThat(first.meta().author()).isEqualTo("واس");
        assertThat(first.meta().removed()).extracting(r -> r.reason()).containsExactly("share-bar");
        assertThat(outcomes.get(1).error().problem()).isEqualTo(Problem.BAD_FORMAT);
        assertThat(outcomes.get(1).error().oneLine()).startsWith(gz + ":2: ");
        assertThat(outcomes.get(2).error().problem()).isEqualTo(Problem.BAD_FORMAT);
        assertThat(outcomes.get(3).article().meta().published()).isEqualTo("2015-08-01");
    }

    @Test
    void readsAJsonArrayDocument() throws IOException {
        Path f = Files.writeString(dir.resolve("a.json"), "[{\"title\":\"عنوان\",\"content\":\"" + PARA + "\"}]");
        assertThat(read(f.toString())).singleElement().satisfies(o -> assertThat(o.article().meta().source()).endsWith("a.json:#1"));
    }

    @Test
    void publishedOverridesTheInputDate() throws IOException {
        Path f = Files.writeString(dir.resolve("d.json"), "{\"title\":\"عنوان\",\"content\":\"" + PARA + "\",\"date\":\"2015-07-21\"}");
        var outcomes = read(IngestOptions.defaults().withPublished("2021-08-27"), f.toString());
        assertThat(outcomes.get(0).article().meta().published()).isEqualTo("2021-08-27");
    }

    @Test
    void nonArabicDocumentsAreFlaggedNotRefused() throws IOException {
        Path f = Files.writeString(dir.resolve("en.html"), "<html><head><title>Storm hits coast</title></head><body><article>"
                + "<p>A powerful storm hit the coast on Monday, cutting power to thousands of homes, officials said.</p>"
                + "<p>Emergency crews worked through the night to restore electricity and clear fallen trees.</p>"
                + "</article></body></html>");
        assertThat(read(f.toString())).singleElement().satisfies(o -> {
            assertThat(o.article().meta().language()).isEqualTo("und-Latn");
            assertThat(o.article().meta().warnings()).singleElement().asString().startsWith("not Arabic");
        });
    }

    @Test
    void anHtmlPageWithoutAnArticleIsNoArticle() throws IOException {
        Path f = Files.writeString(dir.resolve("home.html"), "<html><body><nav><a href=/>الرئيسية</a></nav>"
                + "<ul><li><a href=/1>خبر</a></li><li><a href=/2>خبر آخر</a></li></ul></body></html>");
        assertThat(onlyProblem(read(f.toString()))).isEqualTo(Problem.NO_ARTICLE);
    }

    @Test
    void otherSchemesAreRefused() {
        assertThat(onlyProblem(read("ftp://example.com/a.txt"))).isEqualTo(Problem.URL_REFUSED);
        assertThat(onlyProblem(read("file:///etc/passwd"))).isEqualTo(Problem.URL_REFUSED);
    }
}
