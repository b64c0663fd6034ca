package org.rasid.text.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rasid.core.model.Token;
import org.rasid.text.token.Tokenizer;

/**
 * Finds dates in Arabic text (see {@link AbsoluteDates} and {@link RelativeDates} for the forms) and
 * resolves them to ISO strings, relative ones against the publication date. Thread-safe.
 */
public final class DateFinder {
    private static final Tokenizer TOKENIZER = Tokenizer.standard();

    private DateFinder() {
    }

    /** The dates in {@code text}; {@code published} (may be null) resolves relative ones. */
    public static List<DateMention> find(String text, LocalDate published) {
        return find(TOKENIZER.tokenize(text), published);
    }

    /** The dates in already tokenized text, in text order, never overlapping. */
    public static List<DateMention> find(List<Token> tokens, LocalDate published) {
        var w = TokenWindow.of(tokens);
        var out = new ArrayList<DateMention>();
        int i = 0;
        while (i < w.size()) {
            Found f = AbsoluteDates.at(w, i, published);
            if (f == null) {
                f = RelativeDates.at(w, i, published);
            }
            if (f == null) {
                i++;
                continue;
            }
            out.add(new DateMention(w.start(f.start()), w.end(f.end() - 1), f.iso(), f.granularity(), f.relative()));
            i = f.end();
        }
        return out;
    }

    /**
     * The publication date written on a dateline such as "الجمعة 27 أغسطس 2021 - 10:30 ص" or "نشر في
     * 2021-08-27": the first full date in the line that needs no other date to resolve it.
     */
    public static Optional<LocalDate> parsePublicationDate(String line) {
        return find(line, null).stream()
                .filter(d -> d.granularity() == Granularity.DAY && d.iso() != null && !d.relative())
                .findFirst().map(d -> LocalDate.parse(d.iso()));
    }

    /** The times in {@code text}. */
    public static List<TimeMention> findTimes(String text) {
        return new TimeFinder().find(TOKENIZER.tokenize(text));
    }
}
