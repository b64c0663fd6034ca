package org.rasid.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;
import org.rasid.core.TextFiles;

/**
 * Reads CoNLL NER files: {@code token TAG} per line (space or tab), a blank line between sentences.
 *
 * <p>Harmless defects are repaired, as documented in docs/ner.md: a BOM, CRLF line ends, a missing final blank
 * line; an I- tag that does not continue an entity of its type becomes B- (conlleval reads it so); AQMAR's
 * tag names (PER, MIS0-3) and its known typos are mapped to the four types. Anything else (three columns, an
 * unknown tag) is an error naming the file and line.
 */
public final class ConllReader {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("PER", "PERS"), Map.entry("MIS", "MISC"), Map.entry("MIS0", "MISC"), Map.entry("MIS1", "MISC"),
            Map.entry("MIS2", "MISC"), Map.entry("MIS3", "MISC"), Map.entry("MIS-1", "MISC"), Map.entry("MIS-2", "MISC"),
            Map.entry("MISS1", "MISC"), Map.entry("MIS1`", "MISC"), Map.entry("-ORG", "ORG"));
    /** AQMAR marks a few foreign words by language and doubles a few O tags; these are not entities. */
    private static final Map<String, String> WHOLE_TAG_REPAIRS = Map.of("OO", "O", "IO", "O", "B-ENGLISH", "O", "B-SPANISH", "O");

    private ConllReader() {
    }

    public static List<LabeledSentence> read(Path file) {
        return parse(TextFiles.readUtf8(file), file.toString());
    }

    static List<LabeledSentence> parse(String content, String name) {
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        var sentences = new ArrayList<LabeledSentence>();
        var tokens = new ArrayList<String>();
        var tags = new ArrayList<String>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                if (!tokens.isEmpty()) {
                    sentences.add(new LabeledSentence(tokens, tags));
                    tokens.clear();
                    tags.clear();
                }
                continue;
            }
            String[] cols = line.split("[ \t]+");
            if (cols.length != 2) {
                throw new RasidException(Problem.BAD_FORMAT, name + ":" + (i + 1),
                        "expected 'token TAG', found " + cols.length + " columns");
            }
            String tag = repair(cols[1], tags.isEmpty() ? "O" : tags.get(tags.size() - 1));
            if (tag == null) {
                throw new RasidException(Problem.BAD_FORMAT, name + ":" + (i + 1),
                        "unknown tag '" + cols[1] + "' (expected O or B-/I- with PERS, ORG, LOC, MISC)");
            }
            tokens.add(cols[0]);
            tags.add(tag);
        }
        if (!tokens.isEmpty()) {
            sentences.add(new LabeledSentence(tokens, tags));
        }
        if (sentences.isEmpty()) {
            throw new RasidException(Problem.EMPTY, name, "no tokens");
        }
        return sentences;
    }

    /** The tag in the four-type BIO scheme, or null when it cannot be read as one. */
    static String repair(String raw, String previous) {
        String tag = WHOLE_TAG_REPAIRS.getOrDefault(raw, raw);
        if (tag.equals("O")) {
            return tag;
        }
        if (tag.length() < 3 || tag.charAt(1) != '-' || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I')) {
            return null;
        }
        String type = tag.substring(2);
        type = ALIASES.getOrDefault(type, type);
        if (!Labels.TYPES.contains(type)) {
            return null;
        }
        boolean continues = !previous.equals("O") && previous.substring(2).equals(type);
        return (tag.charAt(0) == 'I' && continues ? "I-" : "B-") + type;
    }
}
