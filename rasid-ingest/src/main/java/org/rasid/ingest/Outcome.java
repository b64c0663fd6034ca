package org.rasid.ingest;

import org.rasid.core.Article;
import org.rasid.core.RasidException;

/** The result of reading one article from an input: either the article or the reason it could not be read. */
public record Outcome(String input, Article article, RasidException error) {
    public static Outcome ok(String input, Article article) {
        return new Outcome(input, article, null);
    }

    public static Outcome failed(RasidException error) {
        return new Outcome(error.input(), null, error);
    }

    public boolean isOk() {
        return error == null;
    }
}
