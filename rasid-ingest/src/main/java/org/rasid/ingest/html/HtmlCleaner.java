package org.rasid.ingest.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.rasid.ingest.Resources;

/**
 * Removes page chrome before the body is looked for: scripts and styles, hidden parts, navigation, mastheads,
 * footers, sidebars, share bars, related links, comments, ads, cookie banners, bylines and captions, found by
 * tag/role selectors and by words of class and id names (both lists are resources). An element that holds
 * most of the page's unlinked text is never removed, so a page wrapped in one mislabelled element survives.
 */
final class HtmlCleaner {
    /** A removed element, where it was, and why. */
    record Cut(Element element, Element parent, String reason) {
    }

    private record Rule(String reason, String selector) {
    }

    private static final List<Rule> SELECTORS = Resources.lines(HtmlCleaner.class, "chrome-elements.tsv").stream()
            .map(l -> l.split("\t", 2)).map(p -> new Rule(p[0], p[1].strip())).toList();
    private static final Map<String, String> CLASS_WORDS = classWords();
    private static final String KEEP = "keep";
    private static final double MAX_PROSE_SHARE = Double.parseDouble(
            Resources.properties(HtmlCleaner.class, "extractor.properties").getProperty("chrome.maxProseShare"));

    private HtmlCleaner() {
    }

    static List<Cut> clean(Document doc) {
        List<Cut> cuts = new ArrayList<>();
        doc.getAllElements().forEach(e -> e.childNodes().stream().filter(n -> n instanceof Comment).toList()
                .forEach(Node::remove));
        int prose = unlinkedLength(doc.body());
        for (Rule rule : SELECTORS) {
            for (Element e : doc.body().select(rule.selector())) {
                cut(e, rule.reason(), prose, rule.reason().equals("script"), cuts);
            }
        }
        for (Element e : doc.body().getAllElements()) {
            if (e.ownerDocument() == null || e == doc.body()) {
                continue;
            }
            String reason = classReason(e);
            if (reason != null) {
                cut(e, reason, prose, false, cuts);
            }
        }
        return cuts;
    }

    private static void cut(Element e, String reason, int prose, boolean always, List<Cut> cuts) {
        Element parent = e.parent();
        if (parent == null || e.ownerDocument() == null || (!always && unlinkedLength(e) > MAX_PROSE_SHARE * prose)) {
            return;
        }
        e.remove();
        cuts.add(new Cut(e, parent, reason));
    }

    /** The reason attached to the first class or id word found in the lists, or null. */
    static String classReason(Element e) {
        String names = e.className() + " " + e.id();
        if (names.isBlank()) {
            return null;
        }
        String spaced = names.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        String found = null;
        for (String word : spaced.split("[\\s_\\-]+")) {
            String reason = CLASS_WORDS.get(word);
            if (KEEP.equals(reason)) {
                return null;
            }
            found = found == null ? reason : found;
        }
        return found;
    }

    private static int unlinkedLength(Element e) {
        int all = e.text().length();
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return all - links;
    }

    private static Map<String, String> classWords() {
        Map<String, String> words = new HashMap<>();
        for (String line : Resources.lines(HtmlCleaner.class, "chrome-classes.tsv")) {
            String[] p = line.split("\t", 2);
            Arrays.stream(p[1].strip().split("\\s+")).forEach(w -> words.putIfAbsent(w, p[0]));
        }
        return words;
    }
}
