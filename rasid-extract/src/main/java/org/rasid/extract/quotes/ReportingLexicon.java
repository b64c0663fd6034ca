package org.rasid.extract.quotes;

import java.util.HashMap;
import java.util.Map;
import org.rasid.extract.text.Arabic;
import org.rasid.extract.text.HashSieve;
import org.rasid.extract.text.Resources;
import org.rasid.extract.text.Word;

/** The reporting verbs, participles, nouns and attribution words of {@code quotes/reporting.tsv}. */
final class ReportingLexicon {
    record Entry(Cue.Kind kind, String preposition) {
    }

    private final Map<String, Entry> forms = new HashMap<>();
    /** Most words report nothing: the sieve says so without reaching into the map. */
    private final HashSieve sieve;

    ReportingLexicon() {
        for (String line : Resources.lines("quotes/reporting.tsv")) {
            String[] cols = line.split("\t");
            var entry = new Entry(Cue.Kind.valueOf(cols[0]), cols[1].equals("-") ? null : Arabic.normalize(cols[1]));
            for (String form : cols[2].trim().split("\\s+")) {
                forms.putIfAbsent(Arabic.normalize(form), entry);
            }
        }
        sieve = HashSieve.of(forms.keySet());
    }

    /** The entry of a word as written, or of the word without a leading و/ف; null if it reports nothing. */
    Entry lookup(Word w) {
        Entry e = sieve.mayContain(w.norm()) ? forms.get(w.norm()) : null;
        return e != null || !w.stripped() || !sieve.mayContain(w.bare()) ? e : forms.get(w.bare());
    }

    /** The reporting word as written, without a leading conjunction (وأضاف → أضاف). */
    String asWritten(Word w) {
        boolean conjoined = !w.norm().equals(w.bare()) && lookup(w) != null && !w.norm().startsWith("وفق");
        return conjoined ? w.text().substring(1) : w.text();
    }
}
