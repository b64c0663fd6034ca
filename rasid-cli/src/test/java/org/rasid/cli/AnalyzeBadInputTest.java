package org.rasid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end through the command line: every bad input is one line on stderr, and the good inputs still come out. */
class AnalyzeBadInputTest {
    static final String GOOD = "عنوان الخبر\n\nأعلنت وزارة الصحة اليوم تسجيل حالات جديدة، مؤكدة أن الوضع تحت السيطرة "
            + "وأن الفرق الطبية تعمل على مدار الساعة.\n";

    @TempDir
    Path dir;

    Path good() throws IOException {
        return Files.writeString(dir.resolve("good.txt"), GOOD);
    }

    /** One failing input next to a good one: one error line naming it, exit code of its problem, good output kept. */
    void assertOneLineError(Path bad, int exitCode, String reason) throws IOException {
        CliRun r = CliRun.run("analyze", bad.toString(), good().toString());
        assertThat(r.errLines()).singleElement().asString().startsWith("rasid: " + bad + ": ").contains(reason);
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(r.exit()).isEqualTo(exitCode);
        assertThat(r.out()).contains("\"title\" : \"عنوان الخبر\"");
    }

    @Test
    void missingFile() throws IOException {
        assertOneLineError(dir.resolve("missing.txt"), 3, "no such file");
    }

    @Test
    void emptyFile() throws IOException {
        assertOneLineError(Files.createFile(dir.resolve("empty.txt")), 4, "empty");
    }

    @Test
    void binaryGarbage() throws IOException {
        byte[] bytes = new byte[2048];
        new java.util.Random(1).nextBytes(bytes);
        bytes[10] = 0;
        assertOneLineError(Files.write(dir.resolve("garbage.txt"), bytes), 4, "binary");
    }

    @Test
    void invalidUtf8ThatIsNotArabicEither() throws IOException {
        byte[] bytes = "Élève très âgé à l'école: où ça? Déjà réglé, reçu.".getBytes(StandardCharsets.ISO_8859_1);
        assertOneLineError(Files.write(dir.resolve("latin1.txt"), bytes), 4, "not valid UTF-8");
    }

    @Test
    void hugeFile() throws IOException {
        Path big = dir.resolve("big.txt");
        try (var raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(200L * 1024 * 1024);
        }
        assertOneLineError(big, 4, "too large");
    }

    @Test
    void htmlWithNoArticle() throws IOException {
        Path page = Files.writeString(dir.resolve("front.html"), "<html><body><nav><a href=/>الرئيسية</a> <a href=/a>رياضة</a>"
                + "</nav><ul><li><a href=/1>عنوان خبر</a></li></ul></body></html>");
        assertOneLineError(page, 5, "no article");
    }

    @Test
    void directoryOfMixedFilesWarnsSkipsAndFails() throws IOException {
        Files.writeString(dir.resolve("a.txt"), GOOD);
        Files.write(dir.resolve("b.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});
        Files.createFile(dir.resolve("c.txt"));
        Files.writeString(dir.resolve(".d.txt"), GOOD);
        CliRun r = CliRun.run("analyze", dir.toString());
        assertThat(r.errLines()).containsExactly("rasid: warning: " + dir.resolve("b.png") + ": skipped: not a .txt, .html or .json/.jsonl file",
                "rasid: " + dir.resolve("c.txt") + ": empty input");
        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.out()).contains("عنوان الخبر");
    }

    @Test
    void nonArabicPageIsFlagged() throws IOException {
        Path en = Files.writeString(dir.resolve("en.txt"), "Storm hits coast\n\nA powerful storm hit the coast on Monday, "
                + "cutting power to thousands of homes, officials said.\n");
        CliRun r = CliRun.run("analyze", en.toString());
        assertThat(r.exit()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("language").asText()).isEqualTo("und-Latn");
        assertThat(doc.get("warnings").get(0).asText()).startsWith("not Arabic");
    }

    @Test
    void stdinAndPublishedOverride() throws IOException {
        CliRun r = CliRun.run(new ByteArrayInputStream(GOOD.getBytes(StandardCharsets.UTF_8)), "analyze", "-", "--published", "2021-08-27");
        assertThat(r.exit()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("source").asText()).isEqualTo("stdin");
        assertThat(doc.get("published").asText()).isEqualTo("2021-08-27");
        assertThat(CliRun.run("analyze", "-", "--published", "27/08/2021").exit()).isEqualTo(2);
    }

    @Test
    void urlsThatTimeOutLoopOrArePrivate() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(8000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.createContext("/loop", ex -> {
            ex.getResponseHeaders().add("Location", "/loop");
            ex.sendResponseHeaders(301, -1);
            ex.close();
        });
        server.createContext("/ok", ex -> {
            byte[] body = ("<html><head><title>عنوان من الشبكة</title></head><body><article><p>" + GOOD.lines().skip(2).findFirst().orElseThrow()
                    + "</p><p>" + GOOD.lines().skip(2).findFirst().orElseThrow() + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try {
            CliRun refused = CliRun.run("analyze", base + "/ok");
            assertThat(refused.errLines()).singleElement().asString().startsWith("rasid: " + base + "/ok: refused");
            assertThat(refused.exit()).isEqualTo(6);

            CliRun r = CliRun.run("analyze", "--allow-private", "--timeout", "3", base + "/slow", base + "/loop", base + "/ok");
            assertThat(r.errLines()).containsExactly("rasid: " + base + "/slow: timed out after 3 s",
                    "rasid: " + base + "/loop: more than 5 redirects");
            assertThat(r.exit()).isEqualTo(6);
            assertThat(new ObjectMapper().readTree(r.out()).get("title").asText()).isEqualTo("عنوان من الشبكة");
        } finally {
            server.stop(0);
        }
    }
}
