package org.rasid.text.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasid.core.model.Paragraph;
import org.rasid.core.model.Sentence;
import org.rasid.core.model.Token;

/**
 * Splits paragraphs into sentences at . ! ? ؟ and their runs (؟! !!), over tokens, so that numbers (3.5),
 * URLs and e-mails are never split. Rules:
 * <ul>
 * <li>a paragraph end always ends a sentence, and a sentence never crosses paragraphs, so a heading with no
 *     final punctuation is one sentence;</li>
 * <li>، ؛ : are not sentence ends; neither are two or more dots or … : Arabic news uses ".." as a dash
 *     (داعش خراسان.. اسم ذاع صيته) and "..." / "…" mostly as a pause inside a sentence;</li>
 * <li>a period after a single letter (د. أ. م. ص. J.) or a known Latin abbreviation (Dr. Mr.) is not an end,
 *     except the era letters م and هـ after a number and before a non-number ("عام 1443 هـ. وفي"); nor is one
 *     joined on both sides to short words (the dotted acronym إم.تي.إن);</li>
 * <li>an end inside a matched quote or bracket pair does not end the sentence, unless the pair closes
 *     right after it: «...انتهى.» ends a sentence after the ».</li>
 * </ul>
 */
public final class SentenceSplitter {
    private static final String TERMINALS = ".!?؟‼⁇⁈⁉";
    private static final String CLOSERS = "»”\")]’'";
    private static final Set<String> LATIN_ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "gen", "col",
            "lt", "sgt", "capt", "jr", "sr", "vs", "no", "gov", "sen", "rep", "mt", "ft");
    /**
     * Letters of one part of a dotted acronym written in Arabic letters (إم.تي.إن، بي.بي.سي). Two such parts joined
     * by a period are an acronym; longer words joined by one are a sentence end missing its space (المدينة.وقال).
     */
    private static final int MAX_ACRONYM_LETTERS = 3;
    /** Era letters written after a year: م (Gregorian), هـ (Hijri). */
    private static final Set<String> ERA_LETTERS = Set.of("م", "ه");

    /** The sentences of every paragraph; {@code tokens} are the document's tokens, sorted. */
    public List<Sentence> split(List<Paragraph> paragraphs, List<Token> tokens) {
        var sentences = new ArrayList<Sentence>();
        int k = 0;
        for (Paragraph p : paragraphs) {
            while (k < tokens.size() && tokens.get(k).start() < p.start()) {
                k++;
            }
            int first = k;
            while (k < tokens.size() && tokens.get(k).end() <= p.end()) {
                k++;
            }
            splitParagraph(tokens.subList(first, k), sentences);
        }
        return sentences;
    }

    /** The sentences of one block of tokens (a paragraph). */
    public List<Sentence> split(List<Token> paragraphTokens) {
        var sentences = new ArrayList<Sentence>();
        splitParagraph(paragraphTokens, sentences);
        return sentences;
    }

    private void splitParagraph(List<Token> tokens, List<Sentence> out) {
        Quotes quotes = Quotes.of(tokens);
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!endsSentence(tokens, i, quotes)) {
                continue;
            }
            int last = i;
            while (last + 1 < tokens.size() && isTrailer(tokens.get(last), tokens.get(last + 1))) {
                last++;
            }
            out.add(new Sentence(tokens.get(start).start(), tokens.get(last).end()));
            start = last + 1;
            i = last;
        }
        if (start < tokens.size()) {
            out.add(new Sentence(tokens.get(start).start(), tokens.get(tokens.size() - 1).end()));
        }
    }

    private boolean endsSentence(List<Token> tokens, int i, Quotes quotes) {
        Token t = tokens.get(i);
        if (t.type() != Token.Type.punct || !isTerminal(t.text()) || i + 1 >= tokens.size()) {
            return false;
        }
        if (quotes.inside(i) && !(quotes.closes(i + 1))) {
            return false;
        }
        return !t.text().equals(".") || !isAbbreviation(tokens, i);
    }

    /** Whether the period at {@code i} ends an abbreviation rather than the sentence. */
    private static boolean isAbbreviation(List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i - 1).end() != tokens.get(i).start()) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        String norm = prev.norm();
        if (prev.type() == Token.Type.word && norm.length() == 1) {
            boolean era = ERA_LETTERS.contains(norm) && i >= 2 && tokens.get(i - 2).type() == Token.Type.number
                    && (i + 1 >= tokens.size() || tokens.get(i + 1).type() != Token.Type.number);
            return !era;
        }
        if (prev.type() == Token.Type.word && norm.length() <= MAX_ACRONYM_LETTERS && i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            return next.start() == tokens.get(i).end() && next.type() == Token.Type.word
                    && next.norm().length() <= MAX_ACRONYM_LETTERS;
        }
        return prev.type() == Token.Type.latin && (norm.length() == 1 || LATIN_ABBREVIATIONS.contains(norm));
    }

    /** A run of terminal marks ("؟!", "!!", "."), but not "..", "..." or "…", which pause. */
    private static boolean isTerminal(String s) {
        if (s.startsWith("..")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (TERMINALS.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * What may follow a sentence end and still belong to it: more end marks, closing quotes and brackets,
     * written right after it (a quote after a space opens the next sentence).
     */
    private static boolean isTrailer(Token prev, Token t) {
        return t.type() == Token.Type.punct && t.start() == prev.end()
                && (isTerminal(t.text()) || CLOSERS.indexOf(t.text().charAt(0)) >= 0);
    }
}
