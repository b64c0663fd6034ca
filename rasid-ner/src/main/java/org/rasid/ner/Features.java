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
            DEF = 16, PRE = 17, GAZ = 18, TRIG = 19, K4 = 20, K5 = 21, K6 = 22, ENT = 23, ENTW = 24, CTX = 25,
            EXT = 26, EXTW = 27, ATTRS = 28;
    private static final long PAD_BEFORE = hash("<s>", 0), PAD_AFTER = hash("</s>", 0);
    private static final long NO_ENT = hash("-", ENT), NO_ENTW = hash("-", ENTW), NO_GAZ = hash("-", GAZ),
            NO_EXT = hash("-", EXT), NO_EXTW = hash("-", EXTW);

    /** A template: attribute {@code attr} of the token at {@code offset}; with a second part for conjunctions. */
    private record Template(FeatureGroup group, int offset, int attr, int offset2, int attr2) {
        static Template of(FeatureGroup g, int offset, int attr) {
            return new Template(g, offset, attr, 0, -1);
        }
    }

    private static final Template[] TEMPLATES = templates();

    private static final int CACHE_SIZE = 30_000;
    private final ThreadLocal<WordCache> cache = ThreadLocal.withInitial(WordCache::new);
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final EntityList entities;
    /** Names of other corpora ({@link FeatureGroup#EXTERNAL}); empty when the group is off. */
    private final EntityList external;
    private final Template[] active;
    /**
     * Per active template, what its row depends on: {@link #WORD_ONLY} one token's word ({@link Word#rows}),
     * {@link #CONJUNCTION} two attributes, else one of a token's marks of names (the index in its marks).
     */
    private final int[] kind;
    /** Per active template, the offset of the token it reads (the first, for a conjunction). */
    private final int[] offset;
    private static final int WORD_ONLY = -1, CONJUNCTION = -2;
    /** How many of the first active templates are over the token's own word: their sums are cached per word. */
    private final int prefix;
    /** Per active template, its row for a window position before / after the sentence. */
    private final int[] padBefore, padAfter;
    private final int bits;
    private final boolean ngrams;
    private static final int[] NONE = new int[0];
    private static final int NGRAM_SALT = 99;

    Features(Lexicon lexicon, Gazetteer gazetteer, EntityList entities, EntityList external, Set<FeatureGroup> groups,
             int bits) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.entities = entities;
        this.external = groups.contains(FeatureGroup.EXTERNAL) ? external : EntityList.EMPTY;
        this.bits = bits;
        this.ngrams = groups.contains(FeatureGroup.NGRAM);
        this.active = java.util.Arrays.stream(TEMPLATES)
                .filter(t -> groups.contains(t.group()) && (t.offset() == 0 && t.attr2() < 0 || groups.contains(FeatureGroup.WINDOW)))
                .toArray(Template[]::new);
        kind = new int[active.length];
        offset = new int[active.length];
        padBefore = new int[active.length];
        padAfter = new int[active.length];
        int p = 0;
        for (int k = 0; k < active.length; k++) {
            Template t = active[k];
            boolean mark = isMark(t.attr());
            kind[k] = t.attr2() >= 0 ? CONJUNCTION : mark ? mark(t.attr()) : WORD_ONLY;
            offset[k] = t.offset();
            if (kind[k] == WORD_ONLY && t.offset() == 0 && p == k) {
                p++;
            }
            padBefore[k] = row(salt(k) ^ (PAD_BEFORE + t.attr()), bits);
            padAfter[k] = row(salt(k) ^ (PAD_AFTER + t.attr()), bits);
        }
        prefix = p;
    }

    /**
     * What a word alone yields, cached per thread as news repeats its words: its attribute hashes, its stem, and
     * the row of every template over one word's attribute, as seen from the token that template serves (a
     * neighbour's row for a window template), so that a sentence's rows are mostly looked up, not hashed.
     */
    static final class Word {
        final long[] attrs;
        final String stem;
        /** Per active template: its row when this word is the one the template reads (0 where it reads a mark or two). */
        final int[] rows;
        /** Rows of the stem's letter trigrams (the last features of a token). */
        final int[] grams;
        /** Whether a gazetteer name or a name of the model's or the external list may start here (else no lookup). */
        final boolean placeStart, nameStart, externalStart;
        /** The sums of the bias and the first templates' rows (the token's own features), per {@link PackedWeights}. */
        private float[] sums;
        private PackedWeights sumsOf;

        private Word(long[] attrs, String stem, int[] rows, int[] grams, boolean placeStart, boolean nameStart,
                     boolean externalStart) {
            this.attrs = attrs;
            this.stem = stem;
            this.rows = rows;
            this.grams = grams;
            this.placeStart = placeStart;
            this.nameStart = nameStart;
            this.externalStart = externalStart;
        }
    }

    /**
     * One sentence as tagging reads it: per token its {@link Word} and the rows after its own features' (those of
     * {@link #prefixSums}), in the order of {@link #extract}.
     */
    record Sentence(Word[] words, int[][] rest, Features of) {
        /** All rows of token {@code i}, as {@link #extract} gives them. */
        int[] rows(int i) {
            int p = of.prefix + 1;
            int[] out = new int[p + rest[i].length]; // out[0] = 0: the bias row
            System.arraycopy(words[i].rows, 0, out, 1, p - 1);
            System.arraycopy(rest[i], 0, out, p, rest[i].length);
            return out;
        }

        /**
         * The weights of token {@code i}'s bias and own-word rows summed in order ({@link PackedWeights#sums}),
         * cached with its word: adding the other rows to them gives the very floats of a sum over all rows.
         */
        float[] prefixSums(int i, PackedWeights table) {
            Word w = words[i];
            if (w.sumsOf != table) {
                int[] own = new int[of.prefix + 1];
                System.arraycopy(w.rows, 0, own, 1, of.prefix);
                w.sums = table.sums(own);
                w.sumsOf = table;
            }
            return w.sums;
        }
    }

    /**
     * The last {@link #CACHE_SIZE} words and those of the generation before that were seen again: a word of every
     * story is looked up from either, and a full generation is dropped at once without losing the frequent words.
     */
    private static final class WordCache {
        private Map<String, Word> recent = new HashMap<>(), older = new HashMap<>();

        Word get(String token) {
            Word w = recent.get(token);
            if (w == null) {
                w = older.get(token);
                if (w != null) {
                    put(token, w);
                }
            }
            return w;
        }

        void put(String token, Word w) {
            if (recent.size() >= CACHE_SIZE) {
                older = recent;
                recent = new HashMap<>();
            }
            recent.put(token, w);
        }
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
        t.add(Template.of(FeatureGroup.EXTERNAL, 0, EXT));
        t.add(Template.of(FeatureGroup.EXTERNAL, 0, EXTW));
        for (int off : new int[] {-1, 1}) {
            t.add(Template.of(FeatureGroup.EXTERNAL, off, EXT));
        }
        return t.toArray(Template[]::new);
    }

    /** Feature ids (table rows) per token, the first being a bias. */
    int[][] extract(String[] tokens) {
        return extract(tokens, entities);
    }

    /** The same, also filling {@code stems} with each token's folded stem (what {@link #stem} gives). */
    int[][] extract(String[] tokens, String[] stems) {
        return rows(sentence(tokens, entities, stems));
    }

    /** The same, with another list of training names (a jackknifed one, while training). */
    int[][] extract(String[] tokens, EntityList names) {
        return rows(sentence(tokens, names, new String[tokens.length]));
    }

    private static int[][] rows(Sentence sentence) {
        int[][] out = new int[sentence.rest().length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = sentence.rows(i);
        }
        return out;
    }

    /** A sentence as tagging reads it, also filling {@code stems} with each token's folded stem. */
    Sentence sentence(String[] tokens, String[] stems) {
        return sentence(tokens, entities, stems);
    }

    private Sentence sentence(String[] tokens, EntityList names, String[] stems) {
        int n = tokens.length;
        Word[] words = new Word[n];
        WordCache seen = cache.get();
        boolean[] placeStart = new boolean[n], nameStart = new boolean[n], externalStart = new boolean[n];
        for (int i = 0; i < n; i++) {
            Word w = seen.get(tokens[i]);
            if (w == null) {
                w = describe(tokens[i]);
                seen.put(tokens[i], w);
            }
            words[i] = w;
            stems[i] = w.stem;
            placeStart[i] = w.placeStart;
            nameStart[i] = w.nameStart;
            externalStart[i] = w.externalStart;
        }
        // the gazetteer and name-list marks depend on the neighbours
        String[] gaz = gazetteer.match(stems, placeStart);
        String[] ent = names == entities ? names.mark(stems, nameStart) : names.mark(stems);
        String[] entw = names == entities ? null : names.markWords(stems);
        String[] ext = external == EntityList.EMPTY ? null : external.mark(stems, externalStart);
        long[][] marks = new long[n][];
        for (int i = 0; i < n; i++) {
            long[] m = {gaz[i] == null ? NO_GAZ : hash(gaz[i], GAZ), ent[i] == null ? NO_ENT : hash(ent[i], ENT),
                    entw == null ? words[i].attrs[ENTW] : entw[i] == null ? NO_ENTW : hash(entw[i], ENTW),
                    ext == null || ext[i] == null ? NO_EXT : hash(ext[i], EXT)};
            marks[i] = m;
        }
        int[][] rest = new int[n][];
        for (int i = 0; i < n; i++) {
            int[] grams = words[i].grams;
            int[] f = new int[active.length - prefix + grams.length];
            for (int k = prefix; k < active.length; k++) {
                int at = i + offset[k];
                int r;
                if (kind[k] == CONJUNCTION) {
                    r = conjunction(k, active[k], words, marks, i);
                } else if (at < 0) {
                    r = padBefore[k];
                } else if (at >= n) {
                    r = padAfter[k];
                } else if (kind[k] == WORD_ONLY) {
                    r = words[at].rows[k];
                } else {
                    r = row(salt(k) ^ marks[at][kind[k]], bits);
                }
                f[k - prefix] = r;
            }
            System.arraycopy(grams, 0, f, active.length - prefix, grams.length);
            rest[i] = f;
        }
        return new Sentence(words, rest, this);
    }

    /** The row of a template over two attributes. */
    private int conjunction(int k, Template t, Word[] words, long[][] marks, int i) {
        long h = mix(salt(k) ^ at(words, marks, i + t.offset(), t.attr())) ^ at(words, marks, i + t.offset2(), t.attr2());
        return row(h, bits);
    }

    private static long salt(int k) {
        return (k + 1) * 0x9E3779B97F4A7C15L;
    }

    /**
     * Whether an attribute depends on the neighbours or the training fold, so is no word's own: the external list's
     * word mark is (the list is the same while training and tagging), so its rows are cached with the word.
     */
    private static boolean isMark(int attr) {
        return attr == GAZ || attr == ENT || attr == ENTW || attr == EXT;
    }

    /** The index in a token's marks of a mark attribute (gazetteer, name, name word, external name). */
    private static int mark(int attr) {
        return switch (attr) {
            case GAZ -> 0;
            case ENT -> 1;
            case ENTW -> 2;
            default -> 3;
        };
    }

    private static long at(Word[] words, long[][] marks, int i, int attr) {
        if (i < 0) {
            return PAD_BEFORE + attr;
        }
        if (i >= words.length) {
            return PAD_AFTER + attr;
        }
        return isMark(attr) ? marks[i][mark(attr)] : words[i].attrs[attr];
    }

    /**
     * The table row of a feature hash: 1 + (the top 31 bits mod 2^bits - 1), row 0 being the bias. As 2^bits is 1
     * modulo 2^bits - 1, the remainder is a sum of bits-wide digits, folded without a division.
     */
    static int row(long h, int bits) {
        int mask = (1 << bits) - 1;
        int x = (int) (mix(h) >>> 33);
        while (x > mask) {
            x = (x & mask) + (x >>> bits);
        }
        return 1 + (x == mask ? 0 : x);
    }

    /** The folded stem of a word, clitics off (what mentions of one name share). */
    String stem(String word) {
        Word w = cache.get().get(word);
        return w != null ? w.stem : Clitics.split(ArabicFold.fold(word), lexicon).stem();
    }

    private int[] trigrams(String stem) {
        if (!ngrams || stem.length() < 3 || !ArabicFold.isArabicLetter(stem.charAt(0))) {
            return NONE;
        }
        String s = "^" + stem + "$";
        int[] out = new int[s.length() - 2];
        for (int k = 0; k < out.length; k++) {
            out[k] = row(hash(s, k, k + 3, NGRAM_SALT), bits);
        }
        return out;
    }

    /** What a word alone yields: its attribute hashes, stem, rows and whether a listed name may start at it. */
    private Word describe(String word) {
        long[] a = new long[ATTRS];
        String stem = attributes(word, a);
        String mark = entities.markWord(stem);
        a[ENTW] = mark == null ? NO_ENTW : hash(mark, ENTW);
        String outside = external.markWord(stem);
        a[EXTW] = outside == null ? NO_EXTW : hash(outside, EXTW);
        int[] rows = new int[active.length];
        for (int k = 0; k < active.length; k++) {
            if (kind[k] == WORD_ONLY) {
                rows[k] = row(salt(k) ^ a[active[k].attr()], bits);
            }
        }
        return new Word(a, stem, rows, trigrams(stem), gazetteer.mayStart(stem), entities.mayStart(stem),
                external.mayStart(stem));
    }

    /** Fills the attribute hashes of one token (all but the marks of names); returns its stem. */
    private String attributes(String word, long[] a) {
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
