package org.rasid.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.RasidException.Problem;
import org.rasid.ingest.IngestOptions;
import org.rasid.ingest.Ingestor;
import org.rasid.ingest.Outcome;

class WarcArticlesTest {
    static final String P1 = "قال وزير الخارجية إن المحادثات حققت تقدما ملموسا، وإن الطرفين اتفقا على مواصلة الحوار الأسبوع المقبل.";
    static final String P2 = "وأضاف أن اللجان الفنية ستجتمع خلال الأيام القادمة لوضع التفاصيل النهائية للاتفاق المرتقب.";

    @TempDir
    Path dir;

    @Test
    void readsEveryHtmlResponseAndPassesOverOtherRecords() throws IOException {
        String page = "<html><head><meta charset='windows-1256'><title>تقدم في المحادثات</title></head><body><article><p>" + P1
                + "</p><p>" + P2 + "</p></article></body></html>";
        var warc = new ByteArrayOutputStream();
        record(warc, "warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8));
        record(warc, "request", "https://example.com/a", "application/http;msgtype=request",
                "GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        record(warc, "response", "https://example.com/a", "application/http;msgtype=response",
                http("text/html", page.getBytes(Charset.forName("windows-1256"))));
        record(warc, "response", "https://example.com/logo.png", "application/http;msgtype=response",
                http("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        Path file = Files.write(dir.resolve("crawl.warc"), warc.toByteArray());

        List<Outcome> out = new ArrayList<>();
        new Ingestor(IngestOptions.defaults()).read(file.toString(), out::add);
        assertThat(out).singleElement().satisfies(o -> {
            assertThat(o.article().title()).isEqualTo("تقدم في المحادثات");
            assertThat(o.article().meta().url()).isEqualTo("https://example.com/a");
            assertThat(o.article().meta().source()).isEqualTo(file + "#3");
            assertThat(o.article().blocks()).extracting(b -> b.text()).containsExactly(P1, P2);
        });
    }

    @Test
    void aFileThatIsNotWarcIsReported() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.warc"), "this is not a web archive\n");
        List<Outcome> out = new ArrayList<>();
        new Ingestor(IngestOptions.defaults()).read(file.toString(), out::add);
        assertThat(out).singleElement().satisfies(o -> assertThat(o.error().problem()).isEqualTo(Problem.BAD_FORMAT));
    }

    private static byte[] http(String type, byte[] body) throws IOException {
        var out = new ByteArrayOutputStream();
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        return out.toByteArray();
    }

    private static void record(ByteArrayOutputStream out, String type, String uri, String contentType, byte[] block) throws IOException {
        String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\n"
                + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "WARC-Date: 2024-03-05T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.randomUUID() + ">\r\n"
                + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(block);
        out.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
}
