package org.rasid.extract.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;
import org.rasid.core.TextFiles;

/**
 * Reads the Wojood nested NER format: {@code token TAG [TAG...]} per line (space or tab), one tag per nesting
 * level, sentences ended by a {@code $#$ O} line or a blank line.
 *
 * <p>Repaired, as docs/ner.md says: a BOM, CRLF line ends, a missing final separator, and an I- tag with no open
 * entity of its type (it starts one, as conlleval reads it). A line without a tag, a tag that is not O or B-/I- with
 * one of Wojood's 21 types, or a file without tokens is an error naming the file and line.
 */
public final class WojoodReader {
    public static final Set<String> TYPES = Set.of("PERS", "NORP", "OCC", "ORG", "GPE", "LOC", "FAC", "EVENT", "DATE",
            "TIME", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "UNIT", "MONEY", "CURR", "LANGUAGE", "PRODUCT", "LAW",
            "WEBSITE");
    private static final String SEPARATOR = "$#$";

    private WojoodReader() {
    }

    public static List<WojoodSentence> read(Path file) {
        return parse(TextFiles.readUtf8(file), file.toString());
    }

    public static List<WojoodSentence> parse(String content, String name) {
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        var sentences = new ArrayList<WojoodSentence>();
        var open = new Sentence();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String[] cols = line.split("[ \t]+");
            if (line.isEmpty() || cols[0].equals(SEPARATOR)) {
                open.finish(name, sentences);
                open = new Sentence();
                continue;
            }
            if (cols.length < 2) {
                throw new RasidException(Problem.BAD_FORMAT, name + ":" + (i + 1), "expected 'token TAG [TAG...]', found no tag");
            }
            var tags = new ArrayList<String>();
            for (int c = 1; c < cols.length; c++) {
                String tag = cols[c];
                boolean ok = tag.equals("O") || (tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-"))
                        && TYPES.contains(tag.substring(2)));
                if (!ok) {
                    throw new RasidException(Problem.BAD_FORMAT, name + ":" + (i + 1),
                            "unknown tag '" + tag + "' (expected O or B-/I- with one of Wojood's types)");
                }
                if (!tag.equals("O")) {
                    tags.add(tag);
                }
            }
            open.add(cols[0], tags, i + 1);
        }
        open.finish(name, sentences);
        if (sentences.isEmpty()) {
            throw new RasidException(Problem.EMPTY, name, "no tokens");
        }
        return sentences;
    }

    /** A sentence being read: per type, a stack of the entities still open, innermost last. */
    private static final class Sentence {
        private final List<String> tokens = new ArrayList<>();
        private final List<WojoodSentence.Span> done = new ArrayList<>();
        private final Map<String, List<Integer>> open = new HashMap<>();

        private int firstLine;

        void add(String token, List<String> tags, int line) {
            int k = tokens.size();
            if (k == 0) {
                firstLine = line;
            }
            tokens.add(token);
            for (String type : TYPES) {
                long inside = tags.stream().filter(t -> t.equals("I-" + type)).count();
                long begins = tags.stream().filter(t -> t.equals("B-" + type)).count();
                List<Integer> starts = open.computeIfAbsent(type, t -> new ArrayList<>());
                // the innermost entities end first; an I- beyond those open starts one (conlleval's repair)
                while (starts.size() > inside) {
                    close(type, starts.remove(starts.size() - 1), k);
                }
                while (starts.size() < inside) {
                    starts.add(k);
                }
                for (int b = 0; b < begins; b++) {
                    starts.add(k);
                }
            }
        }

        void finish(String name, List<WojoodSentence> out) {
            if (tokens.isEmpty()) {
                return;
            }
            open.forEach((type, starts) -> starts.forEach(s -> close(type, s, tokens.size())));
            done.sort(java.util.Comparator.comparingInt(WojoodSentence.Span::first).thenComparingInt(WojoodSentence.Span::last));
            out.add(new WojoodSentence(name + ":" + firstLine, tokens, done));
        }

        private void close(String type, int first, int last) {
            done.add(new WojoodSentence.Span(first, last, type));
        }
    }
}
