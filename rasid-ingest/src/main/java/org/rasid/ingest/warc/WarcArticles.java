package org.rasid.ingest.warc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.rasid.core.Article;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;
import org.rasid.ingest.clean.TextArticles;
import org.rasid.ingest.encoding.TextDecoder;
import org.rasid.ingest.html.HtmlArticles;
import org.rasid.ingest.read.Limits;

/**
 * Articles from a web archive (WARC, plain or gzipped, read with jwarc): every successful HTML or plain-text
 * response is read like a fetched page, with its target URI as the URL. Other records are passed over. The
 * file is streamed; each response body is capped like any input.
 */
public final class WarcArticles {
    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");

    private WarcArticles() {
    }

    public static void read(Path path, long maxBytes, Consumer<Article> articles, Consumer<RasidException> errors) {
        String name = path.toString();
        int record = 0;
        int pagesSeen = 0;
        try (WarcReader reader = new WarcReader(path)) {
            for (WarcRecord r : reader) {
                record++;
                String source = name + "#" + record;
                try {
                    if (r instanceof WarcResponse response && read(response, source, maxBytes, articles)) {
                        pagesSeen++;
                    }
                } catch (RasidException e) {
                    pagesSeen++;
                    errors.accept(e);
                }
            }
        } catch (IOException | RuntimeException e) {
            errors.accept(new RasidException(Problem.BAD_FORMAT, record == 0 ? name : name + "#" + (record + 1),
                    "not a readable WARC record: " + e.getMessage()));
            return;
        }
        if (pagesSeen == 0) {
            errors.accept(new RasidException(Problem.EMPTY, name, "no HTML or text responses in this WARC file"));
        }
    }

    /** Reads one response; false when it is not a page (a redirect, an image, a script...). */
    private static boolean read(WarcResponse response, String source, long maxBytes, Consumer<Article> articles) throws IOException {
        if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
            return false;
        }
        HttpResponse http = response.http();
        String type = http.contentType().base().toString();
        boolean html = HTML.contains(type);
        if (http.status() != 200 || !(html || type.equals("text/plain"))) {
            return false;
        }
        byte[] body = Limits.readCapped(http.bodyDecoded().stream(), source, maxBytes);
        if (body.length == 0) {
            throw new RasidException(Problem.EMPTY, source, "empty response body");
        }
        String text = TextDecoder.decode(body, http.contentType().parameters().get("charset"), html, source).text();
        articles.accept(html ? HtmlArticles.read(text, source, response.target()) : TextArticles.fromText(source, text));
        return true;
    }
}
