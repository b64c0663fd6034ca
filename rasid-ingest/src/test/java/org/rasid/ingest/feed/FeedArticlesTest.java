package org.rasid.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.Article;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;
import org.rasid.ingest.IngestOptions;
import org.rasid.ingest.Ingestor;
import org.rasid.ingest.Outcome;

class FeedArticlesTest {
    static final String P1 = "قال وزير الخارجية إن المحادثات حققت تقدما ملموسا، وإن الطرفين اتفقا على مواصلة الحوار.";
    static final String P2 = "وأضاف أن اللجان الفنية ستجتمع خلال الأيام القادمة لوضع التفاصيل النهائية للاتفاق.";
    static final String RSS = """
            <?xml version="1.0" encoding="windows-1256"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
            <title>جريدة المثال</title><link>https://example.com/</link><description>أخبار</description>
            <item><title>تقدم في المحادثات</title><link>https://example.com/1</link>
              <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
              <content:encoded><![CDATA[<p>%s</p><p>%s</p><p>شارك من خلال تويتر فيسبوك واتساب</p>]]></content:encoded></item>
            <item><title>خبر قصير</title><link>https://example.com/2</link><description>%s</description></item>
            </channel></rss>
            """.formatted(P1, P2, P2);

    @TempDir
    Path dir;

    @Test
    void readsEveryEntryOfAnRssFileInItsDeclaredEncoding() throws IOException {
        Path f = Files.write(dir.resolve("news.rss"), RSS.strip().getBytes(Charset.forName("windows-1256")));
        List<Outcome> out = new ArrayList<>();
        new Ingestor(IngestOptions.defaults()).read(f.toString(), out::add);
        assertThat(out).allMatch(Outcome::isOk).hasSize(2);
        Article first = out.get(0).article();
        assertThat(first.title()).isEqualTo("تقدم في المحادثات");
        assertThat(first.meta().source()).isEqualTo(f + "#1");
        assertThat(first.meta().url()).isEqualTo("https://example.com/1");
        assertThat(first.meta().published()).isEqualTo("2024-03-05");
        assertThat(first.blocks()).extracting(Article.Block::text).containsExactly(P1, P2);
        assertThat(first.meta().removed()).extracting(r -> r.reason()).containsExactly("share-bar");
        assertThat(out.get(1).article().blocks()).extracting(Article.Block::text).containsExactly(P2);
    }

    @Test
    void readsAtom() {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>المثال</title><id>urn:x</id><updated>2024-03-06T00:00:00Z</updated>
                <entry><title>عنوان</title><id>urn:1</id><link href="https://example.com/a"/><updated>2024-03-06T08:00:00Z</updated>
                <author><name>سارة أحمد</name></author><content type="html">&lt;p&gt;%s&lt;/p&gt;</content></entry></feed>
                """.formatted(P1).strip();
        List<Article> articles = new ArrayList<>();
        FeedArticles.read(atom, "a.atom", articles::add, e -> { throw e; });
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.meta().author()).isEqualTo("سارة أحمد");
            assertThat(a.meta().published()).isEqualTo("2024-03-06");
            assertThat(a.blocks()).extracting(Article.Block::text).containsExactly(P1);
        });
    }

    @Test
    void refusesDoctypesSoNoExternalEntityIsRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><link>l</link><description>d</description>"
                + "<item><title>&x;</title><description>" + P1 + "</description></item></channel></rss>";
        List<RasidException> errors = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        FeedArticles.read(xxe, "evil.rss", articles::add, errors::add);
        assertThat(articles).isEmpty();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.problem()).isEqualTo(Problem.BAD_FORMAT));
    }
}
