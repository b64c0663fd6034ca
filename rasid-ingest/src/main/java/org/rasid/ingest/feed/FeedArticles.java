package org.rasid.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.rasid.core.Article;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;
import org.rasid.core.model.Metadata;
import org.rasid.ingest.clean.PlainTextCleaner;
import org.rasid.ingest.html.HtmlArticles;

/**
 * Articles from an RSS or Atom feed: one per entry, from its full content when the feed carries it, else its
 * description. Doctypes are refused, so no external entity is ever resolved.
 */
public final class FeedArticles {
    private FeedArticles() {
    }

    /** True when decoded text looks like a feed (an rss, RDF or Atom feed root near the start). */
    public static boolean looksLikeFeed(String text) {
        String head = text.substring(0, Math.min(text.length(), 2048));
        return head.contains("<rss") || head.contains("<rdf:RDF") || head.matches("(?s).*<feed[\\s>].*");
    }

    public static void read(String xml, String name, Consumer<Article> articles, Consumer<RasidException> errors) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new StringReader(xml));
        } catch (FeedException | IllegalArgumentException e) {
            errors.accept(new RasidException(Problem.BAD_FORMAT, name, "not a readable RSS or Atom feed: " + e.getMessage()));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            errors.accept(new RasidException(Problem.EMPTY, name, "feed has no entries"));
        }
        for (int i = 0; i < entries.size(); i++) {
            String source = name + "#" + (i + 1);
            try {
                articles.accept(article(entries.get(i), source));
            } catch (RasidException e) {
                errors.accept(e);
            }
        }
    }

    private static Article article(SyndEntry entry, String source) {
        String html = entry.getContents().stream().map(SyndContent::getValue).filter(v -> v != null && !v.isBlank())
                .findFirst().orElse(entry.getDescription() == null ? null : entry.getDescription().getValue());
        if (html == null || html.isBlank()) {
            throw new RasidException(Problem.NO_ARTICLE, source, "feed entry has no content or description");
        }
        var cleaned = PlainTextCleaner.clean(HtmlArticles.fragmentLines(html), false);
        var date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        String published = date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        String author = entry.getAuthor() == null || entry.getAuthor().isBlank() ? null : entry.getAuthor().strip();
        var meta = new Metadata(source, entry.getLink(), null, published, author, null, cleaned.removed(), List.of());
        String title = entry.getTitle() == null ? null : PlainTextCleaner.strip(entry.getTitle());
        return new Article(meta, title, cleaned.blocks());
    }
}
