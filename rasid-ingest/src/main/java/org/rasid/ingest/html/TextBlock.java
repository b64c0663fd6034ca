package org.rasid.ingest.html;

import org.jsoup.nodes.Element;

/**
 * A run of text between block boundaries in a page, in document order.
 *
 * @param owner     the nearest block-level element around the text
 * @param linkChars how many of its characters are link text
 * @param bold      whether all of it is inside strong/b (a sub-heading written as a bold paragraph)
 */
record TextBlock(String text, int linkChars, boolean bold, Element owner) {
    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    int words() {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    boolean isHeadingTag() {
        return owner.normalName().matches("h[1-6]");
    }
}
