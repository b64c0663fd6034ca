package org.rasid.extract;

import java.util.ArrayList;
import java.util.Set;
import java.util.regex.Pattern;
import org.rasid.core.Document;
import org.rasid.core.Layer;
import org.rasid.core.Layers;
import org.rasid.core.model.Sentence;
import org.rasid.core.pipeline.Stage;

/**
 * Test-only stand-in for the text module's sentence stage (not merged yet): splits at . ! ? ؟ and blank lines, so
 * the dev gold can be run end to end from this module's tests. Remove once rasid-text provides SENTENCES.
 */
public final class PunctuationSentences implements Stage {
    private static final Pattern END = Pattern.compile("(?<=[.!?؟])\\s+|\\n\\s*\\n|\\s{3,}");

    @Override
    public String name() {
        return "test-sentences";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public Document process(Document doc) {
        var out = new ArrayList<Sentence>();
        var m = END.matcher(doc.text());
        int start = 0;
        while (m.find()) {
            add(doc.text(), start, m.start(), out);
            start = m.end();
        }
        add(doc.text(), start, doc.text().length(), out);
        return doc.with(Layers.SENTENCES, out);
    }

    private static void add(String text, int start, int end, java.util.List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (end > start) {
            out.add(new Sentence(start, end));
        }
    }
}
