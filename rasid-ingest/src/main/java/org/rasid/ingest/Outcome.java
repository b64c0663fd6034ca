package org.rasid.ingest;

import org.rasid.core.Article;
import org.rasid.core.RasidException;

/**
 * The result of reading one article from an input: the article, the reason it could not be read, or a note
 * that a file inside a directory was skipped (not an article type; a warning, not a failure).
 */
public record Outcome(String input, Article article, RasidException error, String skipped) {
    public static Outcome ok(String input, Article article) {
        return new Outcome(input, article, null, null);
    }

    public static Outcome failed(RasidException error) {
        return new Outcome(error.input(), null, error, null);
    }

    public static Outcome skipped(String input, String reason) {
        return new Outcome(input, null, null, reason);
    }

    public boolean isOk() {
        return article != null;
    }

    public boolean isSkipped() {
        return skipped != null;
    }
}
