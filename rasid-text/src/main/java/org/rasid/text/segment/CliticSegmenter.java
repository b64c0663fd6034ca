package org.rasid.text.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rasid.core.model.Segment;

/**
 * Segments Arabic words by the Farasa scheme (و+ب+ال+كتاب, ترشيح+ات+ها, كان+ت): lists the cuts the affix
 * grammar allows and keeps the one {@link CutScorer} rates best. Words with any character that is not an Arabic
 * letter or mark stay whole. Diacritics and tatweel are skipped when cutting and stay inside the segment of the
 * letter they follow. Thread-safe; results are cached per spelling.
 */
public final class CliticSegmenter implements Segmenter {
    private static final int CACHE_LIMIT = 1 << 19;

    private final CutScorer scorer;
    private final Map<String, List<Piece>> cache = new ConcurrentHashMap<>();

    CliticSegmenter(CutScorer scorer) {
        this.scorer = scorer;
    }

    /** The segmenter with the shipped lexicon and weights. */
    public static CliticSegmenter standard() {
        return Holder.INSTANCE;
    }

    @Override
    public List<Segment> segment(String text, int start, int end) {
        int[] at = new int[end - start];
        var letters = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (ArabicLetters.isLetter(c)) {
                at[letters.length()] = i;
                letters.append(c);
            } else if (!ArabicLetters.isMark(c)) {
                return WholeWord.INSTANCE.segment(text, start, end);
            }
        }
        if (letters.length() == 0) {
            return WholeWord.INSTANCE.segment(text, start, end);
        }
        return place(pieces(letters.toString()), at, letters.length(), start, end);
    }

    /** The pieces of a mark-free word. */
    List<Piece> pieces(String word) {
        var cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        var fused = FusedWords.get(word);
        var pieces = fused != null ? fused : best(word);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(word, pieces);
        }
        return pieces;
    }

    private List<Piece> best(String word) {
        Cut best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Cut cut : CutGenerator.cuts(word)) {
            double s = scorer.score(word, cut);
            if (best == null || s > bestScore) {
                best = cut;
                bestScore = s;
            }
        }
        return toPieces(word, best);
    }

    private static List<Piece> toPieces(String word, Cut cut) {
        var pieces = new ArrayList<Piece>(cut.prefixes().size() + 1 + cut.suffixes().size());
        for (Affix a : cut.prefixes()) {
            pieces.add(new Piece(a.surface.length(), a.form, a.kind));
        }
        pieces.add(new Piece(cut.stemEnd() - cut.stemStart(), word.substring(cut.stemStart(), cut.stemEnd()), Segment.Kind.stem));
        for (Affix a : cut.suffixes()) {
            pieces.add(new Piece(a.surface.length(), a.form, a.kind));
        }
        return List.copyOf(pieces);
    }

    /** Maps letter counts back to spans of the original text; marks stay with the letter before them. */
    private static List<Segment> place(List<Piece> pieces, int[] at, int n, int start, int end) {
        var segments = new ArrayList<Segment>(pieces.size());
        int letter = 0;
        int from = start;
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            letter += p.letters();
            int to = k == pieces.size() - 1 ? end : p.letters() == 0 ? from : at[letter];
            segments.add(new Segment(from, to, p.form(), p.kind()));
            from = to;
        }
        return segments;
    }

    private static final class Holder {
        static final CliticSegmenter INSTANCE = new CliticSegmenter(new CutScorer(Lexicon.standard(), CutScorer.WEIGHTS));
    }
}
