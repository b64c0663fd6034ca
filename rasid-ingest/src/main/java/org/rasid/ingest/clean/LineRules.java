package org.rasid.ingest.clean;

import java.util.List;
import java.util.regex.Pattern;
import org.rasid.ingest.Resources;

/** Recognises chrome lines (share bars, tag lines, related links, wire markers...) by the patterns in a resource. */
public final class LineRules {
    /** Lines longer than this are article text whatever they contain. */
    static final int MAX_WORDS = 40;
    private record Rule(String reason, Pattern pattern) {
    }

    private static final List<Rule> RULES = Resources.lines(LineRules.class, "boilerplate-lines.tsv").stream()
            .map(l -> l.split("\t", 2))
            .map(p -> new Rule(p[0], Pattern.compile(p[1].strip())))
            .toList();

    private static final List<Rule> TAILS = Resources.lines(LineRules.class, "boilerplate-tails.tsv").stream()
            .map(l -> l.split("\t", 2))
            .map(p -> new Rule(p[0], Pattern.compile(p[1].strip())))
            .toList();

    /** A line cut in two: the text to keep and the chrome after it. */
    public record Tail(String head, String tail, String reason) {
    }

    private LineRules() {
    }

    /** The chrome glued to the end of a line (a tag list, a wire marker, a link footer), or null. */
    public static Tail tailOf(String line) {
        for (Rule rule : TAILS) {
            var m = rule.pattern().matcher(line);
            if (m.find() && m.start() > 0) {
                return new Tail(line.substring(0, m.start()).strip(), line.substring(m.start()).strip(), rule.reason());
            }
        }
        return null;
    }

    /** Why the line is chrome, or null when it is not. */
    public static String reasonFor(String line) {
        String s = line.strip();
        if (words(s) > MAX_WORDS) {
            return null;
        }
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(s).find()) {
                return rule.reason();
            }
        }
        return null;
    }

    /** A marker such as "اقرأ أيضا" alone, which introduces links on the following lines. */
    public static boolean introducesLinks(String line) {
        String s = line.strip().replaceAll("[\\s:：.…]+$", "");
        return "related-links".equals(reasonFor(s)) && words(s) <= 3;
    }

    public static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
