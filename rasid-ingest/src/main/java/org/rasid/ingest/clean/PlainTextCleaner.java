package org.rasid.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rasid.core.Article;
import org.rasid.core.model.Paragraph;
import org.rasid.core.model.Removed;
import org.rasid.ingest.Resources;

/**
 * Cleans an article given as lines of text (a plain-text file, or a JSON record's content): drops chrome
 * lines, a masthead above the title, captions (a short line printed twice, or one word alone before a
 * paragraph) and date-only lines; takes the first real line as the title when asked; and marks short
 * unpunctuated lines that introduce paragraphs as sub-headings. Everything dropped is reported.
 */
public final class PlainTextCleaner {
    /** The cleaned article parts. {@code date} is an ISO date read from a date-only line, or null. */
    public record Cleaned(String title, List<Article.Block> blocks, List<Removed> removed, String date) {
    }

    private static final Properties LIMITS = Resources.properties(PlainTextCleaner.class, "plain-text.properties");
    private static final int BODY_MIN_WORDS = limit("body.minWords");
    private static final int HEADING_MAX_WORDS = limit("heading.maxWords");
    private static final int NAME_MAX_WORDS = limit("masthead.nameMaxWords");
    private static final int CAPTION_MAX_WORDS = limit("caption.maxWords");
    private static final Set<String> ROLES = Set.copyOf(Resources.lines(PlainTextCleaner.class, "masthead-roles.txt"));
    private static final Pattern ROLE_LINE = Pattern.compile("^(" + ROLES.stream().sorted((a, b) -> b.length() - a.length())
            .map(Pattern::quote).collect(Collectors.joining("|")) + ")\\s*[:：-]?\\s*(.*)$");
    /** A dateline such as "الرياض - واس" or "عين اليوم – واشنطن": content, not a heading. */
    private static final Pattern DATELINE = Pattern.compile("^[^.؟?!]{1,40}(\\s?[-–—ـ]\\s?|\\s:\\s?)[^.؟?!]{1,30}$");
    private static final Pattern EDGE_MARKS = Pattern.compile("^[\\s\\u00A0\\u200B-\\u200F\\u202A-\\u202E\\uFEFF]+|[\\s\\u00A0\\u200B-\\u200F\\u202A-\\u202E\\uFEFF]+$");

    private final List<String> lines = new ArrayList<>();
    private final List<Removed> removed = new ArrayList<>();
    private String date;

    private PlainTextCleaner(List<String> raw) {
        for (String line : raw) {
            String s = strip(line);
            if (!s.isEmpty()) {
                lines.add(s);
            }
        }
    }

    /** Cleans lines; the first real line becomes the title when {@code titleFromText}, else title is null. */
    public static Cleaned clean(List<String> raw, boolean titleFromText) {
        return new PlainTextCleaner(raw).run(titleFromText);
    }

    public static String strip(String line) {
        return EDGE_MARKS.matcher(line).replaceAll("");
    }

    private Cleaned run(boolean titleFromText) {
        dropChromeLines();
        if (titleFromText) {
            dropMasthead();
        }
        dropDuplicatedCaptions(titleFromText);
        String title = titleFromText && !lines.isEmpty() ? lines.remove(0) : null;
        return new Cleaned(title, classify(), List.copyOf(removed), date);
    }

    private void dropChromeLines() {
        for (int i = 0; i < lines.size(); i++) {
            var tail = LineRules.tailOf(lines.get(i));
            if (tail != null) {
                lines.set(i, tail.head());
                removed.add(new Removed(tail.tail(), tail.reason()));
            }
        }
        for (int i = 0; i < lines.size(); ) {
            String line = lines.get(i);
            String reason = LineRules.reasonFor(line);
            if (reason == null) {
                i++;
                continue;
            }
            boolean links = LineRules.introducesLinks(line);
            remove(i, reason);
            for (int n = 0; links && n < 5 && i < lines.size() && isShort(lines.get(i)) && !isBody(lines.get(i)); n++) {
                remove(i, reason);
            }
        }
    }

    /** Role lines ("رئيس التحرير", optionally with the name) and the name line after a bare role, above the title. */
    private void dropMasthead() {
        int i = 0;
        while (i < lines.size() && !isBody(lines.get(i))) {
            var m = ROLE_LINE.matcher(lines.get(i));
            if (!m.matches() || LineRules.words(m.group(2)) > NAME_MAX_WORDS) {
                i++;
                continue;
            }
            boolean bareRole = m.group(2).isBlank();
            remove(i, "masthead");
            if (bareRole && i < lines.size() && isName(lines.get(i))) {
                remove(i, "masthead");
            }
        }
    }

    /**
     * A short line printed twice in a row is an image caption (alt text and caption): both go. A sentence
     * printed twice is a page glitch: the copy goes.
     */
    private void dropDuplicatedCaptions(boolean titleFromText) {
        for (int i = 0; i + 1 < lines.size(); ) {
            String line = lines.get(i);
            if (line.equals(lines.get(i + 1)) && LineRules.words(line) <= CAPTION_MAX_WORDS && !isBody(line)) {
                boolean isTitle = titleFromText && i == 0;
                remove(i + 1, "duplicate-caption");
                if (!isTitle) {
                    remove(i, "duplicate-caption");
                }
            } else if (line.equals(lines.get(i + 1))) {
                remove(i + 1, "duplicate");
            } else {
                i++;
            }
        }
    }

    private List<Article.Block> classify() {
        List<Article.Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean beforeBody = i + 1 < lines.size() && isBody(lines.get(i + 1));
            if (Dates.isDateOnly(line)) {
                date = date == null ? Dates.find(line) : date;
                removed.add(new Removed(line, "timestamp"));
            } else if (isBody(line) || !isShort(line) || endsLikeSentencePart(line) || DATELINE.matcher(line).matches()
                    || !beforeBody) {
                blocks.add(new Article.Block(line, Paragraph.Kind.paragraph));
            } else if (LineRules.words(line) == 1) {
                removed.add(new Removed(line, "caption"));
            } else {
                blocks.add(new Article.Block(line, Paragraph.Kind.heading));
            }
        }
        return blocks;
    }

    private void remove(int i, String reason) {
        removed.add(new Removed(lines.remove(i), reason));
    }

    static boolean isBody(String line) {
        return LineRules.words(line) >= BODY_MIN_WORDS || line.matches("(?s).*[.!…]['\"»”)]*$");
    }

    private static boolean isShort(String line) {
        return LineRules.words(line) <= HEADING_MAX_WORDS;
    }

    private static boolean endsLikeSentencePart(String line) {
        return line.matches("(?s).*[:؛،,;]$");
    }

    private static boolean isName(String line) {
        return LineRules.words(line) <= NAME_MAX_WORDS && !line.matches(".*[\\d.:؟?!،,].*");
    }


    private static int limit(String key) {
        return Integer.parseInt(LIMITS.getProperty(key).strip());
    }
}
