package org.rasid.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.rasid.core.Article;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;
import org.rasid.core.model.Metadata;
import org.rasid.core.model.Paragraph;
import org.rasid.core.model.Removed;
import org.rasid.ingest.Resources;
import org.rasid.ingest.clean.Dates;
import org.rasid.ingest.clean.LineRules;

/**
 * An article from an HTML page: metadata from the whole page, then chrome removal ({@link HtmlCleaner}),
 * body detection ({@link BodyExtractor}) and a pass over the body's blocks that keeps paragraphs and
 * sub-headings and reports the rest. Chrome cut from inside the body is reported too.
 */
public final class HtmlArticles {
    private static final Properties LIMITS = Resources.properties(HtmlArticles.class, "extractor.properties");
    private static final int MIN_WORDS = Integer.parseInt(LIMITS.getProperty("block.minWords"));
    private static final int HEADING_MAX_WORDS = Integer.parseInt(LIMITS.getProperty("heading.maxWords"));
    /** Fewer words than this in the whole body is not an article (a front page, an error page). */
    private static final int ARTICLE_MIN_WORDS = 20;
    private static final int REMOVED_MAX_CHARS = 300;
    /** Bylines and credits inside the body ("كتب: فلان", "(أبوظبي - البيان)"), dropped as page chrome. */
    private static final List<Pattern> BYLINES = Resources.lines(HtmlArticles.class, "byline-lines.txt").stream()
            .map(Pattern::compile).toList();
    private static final int BYLINE_MAX_WORDS = 8;

    private HtmlArticles() {
    }

    public static Article read(String html, String source, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        var meta = MetadataExtractor.extract(doc);
        List<HtmlCleaner.Cut> cuts = HtmlCleaner.clean(doc);
        var body = BodyExtractor.extract(doc.body());
        if (body == null) {
            throw new RasidException(Problem.NO_ARTICLE, source, "no article text found in the page");
        }
        List<Removed> removed = chromeInside(body, cuts);
        String published = meta.published();
        List<TextBlock> all = body.blocks();
        List<String> reasons = all.stream().map(b -> reasonToDrop(b, meta.title())).toList();
        List<Article.Block> blocks = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            TextBlock b = all.get(i);
            String reason = reasons.get(i);
            boolean subHeading = "label".equals(reason) && introducesProse(i, all, reasons);
            if (reason == null || subHeading) {
                boolean heading = subHeading || isHeading(b);
                blocks.add(new Article.Block(b.text(), heading ? Paragraph.Kind.heading : Paragraph.Kind.paragraph));
            } else if (!reason.equals("title")) {
                removed.add(new Removed(shorten(b.text()), reason));
                published = published == null && reason.equals("timestamp") ? Dates.find(b.text()) : published;
            }
        }
        trimTrailingHeadings(blocks);
        int words = blocks.stream().mapToInt(bl -> LineRules.words(bl.text())).sum();
        if (words < ARTICLE_MIN_WORDS) {
            throw new RasidException(Problem.NO_ARTICLE, source, "no article text found in the page (" + words + " words of prose)");
        }
        var metadata = new Metadata(source, url, null, published, meta.author(), null, removed, List.of());
        return new Article(metadata, meta.title(), blocks);
    }

    /** The text lines of an HTML fragment that is all article (a feed entry's content), one per block. */
    public static List<String> fragmentLines(String html) {
        return Blocks.of(Jsoup.parseBodyFragment(html).body()).stream().map(TextBlock::text).toList();
    }

    /** What the cleaner cut from inside the article body (share bars, captions, related links...), for the report. */
    private static List<Removed> chromeInside(BodyExtractor.Body body, List<HtmlCleaner.Cut> cuts) {
        List<Removed> removed = new ArrayList<>();
        for (var cut : cuts) {
            String text = cut.element().text().strip();
            boolean invisible = cut.reason().equals("script") || cut.reason().equals("hidden");
            if (!text.isEmpty() && !invisible && body.contains(cut.parent())) {
                removed.add(new Removed(shorten(text), cut.reason()));
            }
        }
        return removed;
    }

    private static String reasonToDrop(TextBlock b, String title) {
        String text = b.text();
        if (title != null && (text.equals(title) || (b.isHeadingTag() && title.contains(text)))) {
            return "title";
        }
        String rule = LineRules.reasonFor(text);
        if (rule != null) {
            return rule;
        }
        if (b.linkDensity() > BodyExtractor.MAX_LINK_DENSITY) {
            return "links";
        }
        if (Dates.isDateOnly(text)) {
            return "timestamp";
        }
        if (b.words() <= BYLINE_MAX_WORDS && BYLINES.stream().anyMatch(p -> p.matcher(text).find())) {
            return "byline";
        }
        if (b.words() < 2 || (b.words() < MIN_WORDS && !isHeading(b) && !text.matches("(?s).*[.!؟?:]['\"»”)]*$"))) {
            return "label";
        }
        return null;
    }

    /**
     * A short unpunctuated line straight before a prose paragraph is a sub-heading even when the page styles
     * it without h2/strong; a one-word line or a "place - agency" dateline is not.
     */
    private static boolean introducesProse(int i, List<TextBlock> all, List<String> reasons) {
        TextBlock b = all.get(i);
        if (b.words() < 2 || b.words() > HEADING_MAX_WORDS || b.text().matches(".*\\s[-–—ـ]\\s.*|^\\(.*\\)$")
                || i + 1 >= all.size()) {
            return false;
        }
        return reasons.get(i + 1) == null && isProse(all.get(i + 1));
    }

    private static boolean isProse(TextBlock b) {
        return b.words() >= 10 && b.text().matches("(?s).*[.!؟?…:،]['\"»”)]*$");
    }

    private static boolean isHeading(TextBlock b) {
        boolean tagged = b.owner().normalName().matches("h[2-6]") || b.bold();
        return tagged && b.words() <= HEADING_MAX_WORDS && !b.text().matches("(?s).*[.!…]['\"»”)]*$");
    }

    /** A heading with nothing after it heads something that was cut (related links, comments): it goes too. */
    private static void trimTrailingHeadings(List<Article.Block> blocks) {
        while (!blocks.isEmpty() && blocks.get(blocks.size() - 1).kind() == Paragraph.Kind.heading) {
            blocks.remove(blocks.size() - 1);
        }
    }

    private static String shorten(String text) {
        return text.length() <= REMOVED_MAX_CHARS ? text : text.substring(0, REMOVED_MAX_CHARS) + "…";
    }
}
