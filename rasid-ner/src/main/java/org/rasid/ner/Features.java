package org.rasid.ner;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns a sentence into hashed feature ids: per token a few attributes (word, folded form, stem, affixes, shape,
 * clusters, gazetteer and trigger marks), each hashed once, then combined with templates over a ±2 window.
 * Hashing into a fixed table keeps the model small and the feature map implicit (no dictionary to load).
 */
final class Features {
    private static final int W = 0, N = 1, C = 2, P1 = 3, S1 = 7, SH = 11, K1 = 12, K2 = 13, K3 = 14, FQ = 15,
            DEF = 16, PRE = 17, GAZ = 18, TRIG = 19, K4 = 20, K5 = 21, K6 = 22, ENT = 23, ENTW = 24, CTX = 25, ATTRS = 26;
    private static final long PAD_BEFORE = hash("<s>", 0), PAD_AFTER = hash("</s>", 0);
    private static final long NO_ENT = hash("-", ENT), NO_ENTW = hash("-", ENTW), NO_GAZ = hash("-", GAZ);

    /** A template: attribute {@code attr} of the token at {@code offset}; with a second part for conjunctions. */
    private record Template(FeatureGroup group, int offset, int attr, int offset2, int attr2) {
        static Template of(FeatureGroup g, int offset, int attr) {
            return new Template(g, offset, attr, 0, -1);
        }
    }

    private static final Template[] TEMPLATES = templates();

    /** What a word alone yields (all but the gazetteer mark); cached per thread, as news repeats its words. */
    private record Described(long[] attrs, long[] grams, String stem) {
    }

    private static final int CACHE_SIZE = 30_000;
    private final ThreadLocal<Map<String, Described>> cache = ThreadLocal.withInitial(HashMap::new);
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final EntityList entities;
    private final Template[] active;
    private final int bits;
    private final boolean ngrams;
    private static final long[] NONE = new long[0];
    private static final int NGRAM_SALT = 99;

    Features(Lexicon lexicon, Gazetteer gazetteer, EntityList entities, Set<FeatureGroup> groups, int bits) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.entities = entities;
        this.bits = bits;
        this.ngrams = groups.contains(FeatureGroup.NGRAM);
        this.active = java.util.Arrays.stream(TEMPLATES)
                .filter(t -> groups.contains(t.group()) && (t.offset() == 0 && t.attr2() < 0 || groups.contains(FeatureGroup.WINDOW)))
                .toArray(Template[]::new);
    }

    private static Template[] templates() {
        var t = new java.util.ArrayList<Template>();
        t.add(Template.of(FeatureGroup.WORD, 0, W));
        t.add(Template.of(FeatureGroup.WORD, 0, N));
        for (int k = 0; k < 4; k++) {
            t.add(Template.of(FeatureGroup.AFFIX, 0, P1 + k));
            t.add(Template.of(FeatureGroup.AFFIX, 0, S1 + k));
        }
        t.add(Template.of(FeatureGroup.CLITIC, 0, C));
        t.add(Template.of(FeatureGroup.CLITIC, 0, PRE));
        t.add(Template.of(FeatureGroup.SHAPE, 0, SH));
        t.add(Template.of(FeatureGroup.CLUSTER, 0, K1));
        t.add(Template.of(FeatureGroup.CLUSTER, 0, K2));
        t.add(Template.of(FeatureGroup.CLUSTER, 0, K3));
        t.add(Template.of(FeatureGroup.CLUSTER, 0, K4));
        t.add(Template.of(FeatureGroup.CLUSTER, 0, K5));
        t.add(Template.of(FeatureGroup.CLUSTER, 0, K6));
        t.add(Template.of(FeatureGroup.FREQ, 0, FQ));
        t.add(Template.of(FeatureGroup.FREQ, 0, DEF));
        t.add(Template.of(FeatureGroup.GAZETTEER, 0, GAZ));
        t.add(Template.of(FeatureGroup.TRIGGER, 0, TRIG));
        for (int off : new int[] {-2, -1, 1, 2}) {
            t.add(Template.of(FeatureGroup.WORD, off, N));
            t.add(Template.of(FeatureGroup.CLITIC, off, C));
            t.add(Template.of(FeatureGroup.CLUSTER, off, K2));
            t.add(Template.of(FeatureGroup.CLUSTER, off, K3));
            t.add(Template.of(FeatureGroup.CLUSTER, off, K5));
            t.add(Template.of(FeatureGroup.TRIGGER, off, TRIG));
            t.add(Template.of(FeatureGroup.SHAPE, off, SH));
        }
        for (int off : new int[] {-1, 1}) {
            t.add(Template.of(FeatureGroup.CLUSTER, off, K1));
            t.add(Template.of(FeatureGroup.GAZETTEER, off, GAZ));
            t.add(Template.of(FeatureGroup.FREQ, off, FQ));
            t.add(Template.of(FeatureGroup.AFFIX, off, S1 + 1));
            t.add(Template.of(FeatureGroup.CLITIC, off, PRE));
        }
        t.add(new Template(FeatureGroup.CLITIC, -1, C, 0, C));
        t.add(new Template(FeatureGroup.CLITIC, 0, C, 1, C));
        t.add(new Template(FeatureGroup.CLUSTER, -1, K2, 0, K2));
        t.add(new Template(FeatureGroup.CLUSTER, 0, K2, 1, K2));
        t.add(new Template(FeatureGroup.TRIGGER, -1, TRIG, 0, K2));
        t.add(Template.of(FeatureGroup.ENTITIES, 0, ENT));
        t.add(Template.of(FeatureGroup.ENTITIES, 0, ENTW));
        for (int off : new int[] {-1, 1}) {
            t.add(Template.of(FeatureGroup.ENTITIES, off, ENT));
        }
        // last, so that the hashes of the templates above stay those of models trained without it
        for (int off : new int[] {0, -1, 1}) {
            t.add(Template.of(FeatureGroup.CONTEXT, off, CTX));
        }
        return t.toArray(Template[]::new);
    }

    /** Feature ids (table rows) per token, the first being a bias. */
    int[][] extract(String[] tokens) {
        return extract(tokens, entities);
    }

    /** The same, also filling {@code stems} with each token's folded stem (what {@link #stem} gives). */
    int[][] extract(String[] tokens, String[] stems) {
        return extract(tokens, entities, stems);
    }

    /** The same, with another list of training names (a jackknifed one, while training). */
    int[][] extract(String[] tokens, EntityList names) {
        return extract(tokens, names, new String[tokens.length]);
    }

    private int[][] extract(String[] tokens, EntityList names, String[] stems) {
        int n = tokens.length;
        long[][] attrs = new long[n][];
        long[][] grams = new long[n][];
        Map<String, Described> seen = cache.get();
        for (int i = 0; i < n; i++) {
            Described d = seen.get(tokens[i]);
            if (d == null) {
                long[] a = new long[ATTRS];
                String stem = describe(tokens[i], a);
                d = new Described(a, ngrams ? trigrams(stem) : NONE, stem);
                if (seen.size() >= CACHE_SIZE) {
                    seen.clear();
                }
                seen.put(tokens[i], d);
            }
            attrs[i] = d.attrs().clone(); // the gazetteer and name-list marks depend on the neighbours
            grams[i] = d.grams();
            stems[i] = d.stem();
        }
        String[] gaz = gazetteer.match(stems);
        for (int i = 0; i < n; i++) {
            attrs[i][GAZ] = gaz[i] == null ? NO_GAZ : hash(gaz[i], GAZ);
        }
        String[] ent = names.mark(stems), entw = names.markWords(stems);
        for (int i = 0; i < n; i++) {
            attrs[i][ENT] = ent[i] == null ? NO_ENT : hash(ent[i], ENT);
            attrs[i][ENTW] = entw[i] == null ? NO_ENTW : hash(entw[i], ENTW);
        }
        int[][] out = new int[n][];
        int mask = (1 << bits) - 1;
        for (int i = 0; i < n; i++) {
            int[] f = new int[active.length + 1 + grams[i].length];
            f[0] = 0; // row 0: bias
            for (int k = 0; k < active.length; k++) {
                Template t = active[k];
                long h = (k + 1) * 0x9E3779B97F4A7C15L ^ at(attrs, i + t.offset(), t.attr());
                if (t.attr2() >= 0) {
                    h = mix(h) ^ at(attrs, i + t.offset2(), t.attr2());
                }
                f[k + 1] = 1 + (int) (mix(h) >>> 33) % mask;
            }
            for (int k = 0; k < grams[i].length; k++) {
                f[active.length + 1 + k] = 1 + (int) (mix(grams[i][k]) >>> 33) % mask;
            }
            out[i] = f;
        }
        return out;
    }

    /** The folded stem of a word, clitics off (what mentions of one name share). */
    String stem(String word) {
        Described d = cache.get().get(word);
        return d != null ? d.stem() : Clitics.split(ArabicFold.fold(word), lexicon).stem();
    }

    private static long[] trigrams(String stem) {
        if (stem.length() < 3 || !ArabicFold.isArabicLetter(stem.charAt(0))) {
            return NONE;
        }
        String s = "^" + stem + "$";
        long[] out = new long[s.length() - 2];
        for (int k = 0; k < out.length; k++) {
            out[k] = hash(s, k, k + 3, NGRAM_SALT);
        }
        return out;
    }

    private static long at(long[][] attrs, int i, int attr) {
        return i < 0 ? PAD_BEFORE + attr : i >= attrs.length ? PAD_AFTER + attr : attrs[i][attr];
    }

    /** Fills the attribute hashes of one token; returns its stem (for the gazetteer). */
    private String describe(String word, long[] a) {
        String folded = ArabicFold.fold(word);
        Clitics.Split split = Clitics.split(folded, lexicon);
        String stem = split.stem();
        a[W] = hash(word, W);
        a[N] = hash(folded, N);
        a[C] = hash(stem, C);
        a[PRE] = hash(folded.substring(0, split.cut()), PRE);
        for (int k = 1; k <= 4; k++) {
            a[P1 + k - 1] = folded.length() > k ? hash(folded, 0, k, P1 + k) : 0;
            a[S1 + k - 1] = stem.length() > k ? hash(stem, stem.length() - k, stem.length(), S1 + k) : 0;
        }
        a[SH] = hash(shape(word), SH);
        Lexicon.Entry e = lexicon.get(stem);
        if (e == null) {
            e = lexicon.get(folded);
        }
        for (int k = 0; k < 6; k++) {
            int attr = k < 3 ? K1 + k : K4 + k - 3;
            a[attr] = hash(e == null || e.clusters().length <= k ? "-" : Integer.toString(e.clusters()[k]), attr);
        }
        int count = e == null ? 0 : e.count();
        a[FQ] = hash(count == 0 ? "oov" : Integer.toString(31 - Integer.numberOfLeadingZeros(count)), FQ);
        a[DEF] = hash(definiteness(stem), DEF);
        a[CTX] = hash(e == null ? TriggerContext.NONE : e.context(), CTX);
        String trig = Triggers.of(stem);
        a[TRIG] = hash(trig == null ? "-" : trig, TRIG);
        return stem;
    }

    /** How often raw news writes the bare stem with the article: names and places rarely take it. */
    private String definiteness(String stem) {
        if (stem.startsWith("ال")) {
            return "al";
        }
        int bare = lexicon.count(stem);
        int withAl = lexicon.count("ال" + stem);
        if (bare + withAl < 5) {
            return "rare";
        }
        return Integer.toString(withAl * 4 / (bare + withAl));
    }

    static String shape(String word) {
        var sb = new StringBuilder();
        char last = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char k = ArabicFold.isArabicLetter(c) ? 'a' : Character.isDigit(c) ? 'd'
                    : Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : c;
            if (k != last) {
                sb.append(k);
                last = k;
            }
        }
        return sb.append(Math.min(word.length(), 8)).toString();
    }

    static long hash(String s, int salt) {
        return hash(s, 0, s.length(), salt);
    }

    /** FNV-1a over {@code s[from, to)}, finalized. */
    static long hash(String s, int from, int to, int salt) {
        long h = 0xcbf29ce484222325L ^ salt;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** A 64-bit finalizer (murmur3's fmix64), so nearby keys spread over the table. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53a87ebL;
        h ^= h >>> 33;
        return h;
    }
}
