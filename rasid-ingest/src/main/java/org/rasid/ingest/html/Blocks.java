package org.rasid.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Splits a page into text blocks at block-level elements and line breaks, noting link text and bold runs. */
final class Blocks {
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "section",
            "article", "main", "header", "footer", "aside", "nav", "figure", "figcaption", "form", "body", "center",
            "address", "hr", "br");

    private Blocks() {
    }

    static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName());
    }

    static List<TextBlock> of(Element root) {
        var collector = new Collector();
        NodeTraversor.traverse(collector, root);
        collector.flush(root);
        return collector.blocks;
    }

    private static final class Collector implements NodeVisitor {
        final List<TextBlock> blocks = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        int linkChars;
        int boldChars;
        Element owner;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.text();
                if (s.isBlank()) {
                    if (text.length() > 0) {
                        text.append(' ');
                    }
                    return;
                }
                Element block = null;
                boolean link = false;
                boolean bold = false;
                for (Element e = t.parentElement(); e != null; e = e.parent()) {
                    if (isBlock(e)) {
                        block = e;
                        break;
                    }
                    link |= e.normalName().equals("a");
                    bold |= e.normalName().equals("strong") || e.normalName().equals("b");
                }
                owner = owner == null ? block : owner;
                int before = text.length();
                text.append(s);
                int added = text.length() - before;
                linkChars += link ? added : 0;
                boldChars += bold ? added : 0;
            } else if (node instanceof Element e && isBlock(e)) {
                flush(e);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && isBlock(e)) {
                flush(e);
            }
        }

        void flush(Element fallback) {
            String s = text.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!s.isEmpty()) {
                int nonSpace = s.replace(" ", "").length();
                blocks.add(new TextBlock(s, Math.min(linkChars, s.length()), boldChars >= nonSpace,
                        owner == null ? fallback : owner));
            }
            text.setLength(0);
            linkChars = 0;
            boldChars = 0;
            owner = null;
        }
    }
}
