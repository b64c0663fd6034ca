package org.rasid.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.rasid.ingest.Resources;

/**
 * Finds the article body in a cleaned page, as readability does: every prose block (long enough, few links)
 * scores its container and, with less weight, the two containers above; the score grows with the block's
 * length and its commas (Arabic and Latin), and a container's total is discounted by its own link density.
 * The best container wins, joined by siblings that score nearly as well, and its blocks are the body.
 */
final class BodyExtractor {
    /** The chosen containers and every text block inside them, in document order. */
    record Body(List<Element> roots, List<TextBlock> blocks) {
        boolean contains(Element e) {
            for (Element x = e; x != null; x = x.parent()) {
                if (roots.contains(x)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Properties LIMITS = Resources.properties(BodyExtractor.class, "extractor.properties");
    static final int MIN_CHARS = Integer.parseInt(LIMITS.getProperty("block.minChars"));
    static final double MAX_LINK_DENSITY = Double.parseDouble(LIMITS.getProperty("block.maxLinkDensity"));
    private static final double SIBLING_SHARE = Double.parseDouble(LIMITS.getProperty("sibling.minShare"));
    private static final double SIBLING_MIN_SCORE = Double.parseDouble(LIMITS.getProperty("sibling.minScore"));
    private static final double SIBLING_MAX_LINK_DENSITY = Double.parseDouble(LIMITS.getProperty("sibling.maxLinkDensity"));
    /** Blocks in these tags score the element around them rather than themselves. */
    private static final Set<String> INLINE_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt",
            "pre", "span", "font", "strong", "b", "em", "i");

    private BodyExtractor() {
    }

    /** The body, or null when no block on the page reads like prose. */
    static Body extract(Element page) {
        List<TextBlock> blocks = Blocks.of(page);
        Map<Element, Double> scores = new HashMap<>();
        for (TextBlock b : blocks) {
            if (b.text().length() < MIN_CHARS || b.linkDensity() > MAX_LINK_DENSITY) {
                continue;
            }
            double score = 1 + commas(b.text()) + Math.min(b.text().length() / 100.0, 3);
            Element c = isParagraph(b.owner()) ? b.owner().parent() : b.owner();
            for (int level = 0; level < 3 && c != null; level++, c = c.parent()) {
                scores.merge(c, score / (level == 0 ? 1 : level == 1 ? 2 : level * 3.0), Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (var entry : scores.entrySet()) {
            double s = entry.getValue() * (1 - linkDensity(entry.getKey()));
            if (s > bestScore) {
                best = entry.getKey();
                bestScore = s;
            }
        }
        if (best == null) {
            return null;
        }
        List<Element> roots = new ArrayList<>(List.of(best));
        if (best.parent() != null) {
            double threshold = Math.max(SIBLING_MIN_SCORE, bestScore * SIBLING_SHARE);
            for (Element sibling : best.parent().children()) {
                double ld = linkDensity(sibling);
                if (sibling != best && ((scores.getOrDefault(sibling, 0.0) * (1 - ld) >= threshold && ld < SIBLING_MAX_LINK_DENSITY)
                        || isProseParagraph(sibling))) {
                    roots.add(sibling);
                }
            }
        }
        var body = new Body(roots, List.of());
        return new Body(roots, blocks.stream().filter(b -> body.contains(b.owner())).toList());
    }

    /** An element that holds one paragraph: a p, or a block with no block inside (sites wrap paragraphs in divs). */
    private static boolean isParagraph(Element e) {
        if (INLINE_BLOCKS.contains(e.normalName())) {
            return true;
        }
        for (Element child : e.children()) {
            if (Blocks.isBlock(child) && !child.normalName().equals("br")) {
                return false;
            }
        }
        return e.select("br").size() < 2;
    }

    /** A lone prose paragraph beside the body (often the lead, kept in its own element), not a teaser list. */
    private static boolean isProseParagraph(Element e) {
        String text = e.text();
        return text.length() > 80 && e.select("p, div, li, h1, h2, h3, h4, td").size() <= 3 && linkDensity(e) < 0.25
                && text.matches("(?s).*[.،؟!].*");
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '،' || c == ',' || c == '؛') {
                n++;
            }
        }
        return n;
    }

    static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return (double) links / all;
    }
}
