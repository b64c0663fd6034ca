package org.rasid.ingest.clean;

import java.util.List;
import org.rasid.core.Article;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;
import org.rasid.core.model.Metadata;
import org.rasid.ingest.read.JsonRecords;

/** Articles from plain text and from JSON records, cleaned line by line. */
public final class TextArticles {
    private TextArticles() {
    }

    /** A plain-text article: the first real line is the title. */
    public static Article fromText(String source, String text) {
        var cleaned = PlainTextCleaner.clean(text.lines().toList(), true);
        if (cleaned.title() == null) {
            throw new RasidException(Problem.NO_ARTICLE, source, "no article text (only page chrome)");
        }
        var meta = new Metadata(source, null, null, cleaned.date(), null, null, cleaned.removed(), List.of());
        return new Article(meta, cleaned.title(), cleaned.blocks());
    }

    /** A JSON record: title and metadata come from its fields, the content is cleaned like plain text. */
    public static Article fromRecord(JsonRecords.Record r) {
        var cleaned = PlainTextCleaner.clean(r.content().lines().toList(), r.title() == null);
        String title = r.title() != null ? PlainTextCleaner.strip(r.title()) : cleaned.title();
        String date = r.date() != null ? Dates.find(r.date()) : cleaned.date();
        var meta = new Metadata(r.source(), r.url(), null, date, r.author() == null ? null : r.author().strip(), null,
                cleaned.removed(), List.of());
        return new Article(meta, title, cleaned.blocks());
    }
}
