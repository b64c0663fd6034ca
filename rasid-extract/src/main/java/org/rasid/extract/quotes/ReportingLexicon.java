package org.rasid.extract.quotes;

import java.util.HashMap;
import java.util.Map;
import org.rasid.extract.text.Arabic;
import org.rasid.extract.text.Resources;
import org.rasid.extract.text.Word;

/** The reporting verbs, participles, nouns and attribution words of {@code quotes/reporting.tsv}. */
final class ReportingLexicon {
    record Entry(Cue.Kind kind, String preposition) {
    }

    private final Map<String, Entry> forms = new HashMap<>();

    ReportingLexicon() {
        for (String line : Resources.lines("quotes/reporting.tsv")) {
            String[] cols = line.split("\t");
            var entry = new Entry(Cue.Kind.valueOf(cols[0]), cols[1].equals("-") ? null : Arabic.normalize(cols[1]));
            for (String form : cols[2].trim().split("\\s+")) {
                forms.putIfAbsent(Arabic.normalize(form), entry);
            }
        }
    }

    /** The entry of a word as written, or of the word without a leading و/ف; null if it reports nothing. */
    Entry lookup(Word w) {
        Entry e = forms.get(w.norm());
        return e != null ? e : forms.get(w.bare());
    }
}
