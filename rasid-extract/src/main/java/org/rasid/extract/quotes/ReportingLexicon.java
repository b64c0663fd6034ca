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

    /** The preposition ب before an indefinite noun only (أفادت مصادر بمقتل، not مصدر بالشرطة); kept as written. */
    static final String INDEFINITE_B = "بـ";

    private final Map<String, Entry> forms = new HashMap<>();
    /** Most words report nothing: the sieve says so without reaching into the map. */
    private final HashSieve sieve;

    ReportingLexicon() {
        for (String line : Resources.lines("quotes/reporting.tsv")) {
            String[] cols = line.split("\t");
            var alternatives = new java.util.StringJoiner("|"); // نوه إلى / نوه بـ: either preposition opens the content
            for (String p : cols[1].split("\\|")) {
                alternatives.add(p.equals("-") || p.equals(INDEFINITE_B) ? p : Arabic.normalize(p));
            }
            String prep = alternatives.toString();
            var entry = new Entry(Cue.Kind.valueOf(cols[0]), prep.equals("-") ? null : prep);
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
        boolean conjoined = !w.norm().equals(w.bare()) && forms.get(w.norm()) == null && lookup(w) != null; // وصفه is not و+صفه
        return conjoined ? w.text().substring(1) : w.text();
    }
}
