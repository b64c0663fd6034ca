package org.rasid.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;

/**
 * A trained NER model: the feature configuration, its weights, the lexicon (clusters), the gazetteer, the list
 * of training names and the weights of the second, stacked model. On disk a directory of five files (a model trained
 * without {@link FeatureGroup#ENTITIES} or {@link FeatureGroup#STACK} lacks the name list or the second weights; one
 * trained with {@link FeatureGroup#EXTERNAL} has a sixth, the names of other corpora); the one Rasid ships lives on the class path under {@code org/rasid/ner/model/}.
 */
public final class NerModel {
    static final String WEIGHTS = "weights.bin.gz", LEXICON = "lexicon.tsv.gz", GAZETTEER = "gazetteer.txt.gz",
            ENTITIES = "entities.txt.gz", SECOND = "second.bin.gz", EXTERNAL = "external.txt.gz";
    private static final int MAGIC = 0x52534e52; // "RSNR"
    private static final int VERSION = 1;
    private static final String SHIPPED = "model/";
    /** Measured on dev and on the last sixth of train (docs/ner.md). */
    static final float DEFAULT_CONSISTENCY = 160f;
    /** How far (in tokens, either way) other mentions of a name count: about a news story. */
    static final int CONSISTENCY_WINDOW = 300;

    final Features features;
    final LinearChain chain;
    /** The second model, over the first pass's labels of the document ({@link StackFeatures}); null: none. */
    final LinearChain second;
    /** Both models' weights as tagging reads them. */
    final PackedWeights packed;
    final Set<FeatureGroup> groups;
    final int bits;
    final Lexicon lexicon;
    final Gazetteer gazetteer;
    final EntityList entities;
    /** Names tagged in other corpora ({@link FeatureGroup#EXTERNAL}); empty without that group. */
    final EntityList external;
    /** Weight of the second, document-level pass ({@link DocumentTagger}); 0 tags each sentence alone. */
    final float consistency;

    NerModel(Set<FeatureGroup> groups, int bits, LinearChain chain, LinearChain second, Lexicon lexicon,
             Gazetteer gazetteer, EntityList entities) {
        this(groups, bits, chain, second, lexicon, gazetteer, entities, EntityList.EMPTY, DEFAULT_CONSISTENCY);
    }

    NerModel(Set<FeatureGroup> groups, int bits, LinearChain chain, LinearChain second, Lexicon lexicon,
             Gazetteer gazetteer, EntityList entities, EntityList external) {
        this(groups, bits, chain, second, lexicon, gazetteer, entities, external, DEFAULT_CONSISTENCY);
    }

    private NerModel(Set<FeatureGroup> groups, int bits, LinearChain chain, LinearChain second, Lexicon lexicon,
                     Gazetteer gazetteer, EntityList entities, EntityList external, float consistency) {
        this.consistency = consistency;
        this.groups = groups;
        this.bits = bits;
        this.chain = chain;
        this.second = second;
        this.packed = new PackedWeights(chain, second);
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.entities = entities;
        this.external = external;
        this.features = new Features(lexicon, gazetteer, entities, external, groups, bits);
    }

    private static final class Shipped {
        static final NerModel MODEL = loadShipped();
    }

    /** The model that ships with Rasid, loaded once on first use. */
    public static NerModel shipped() {
        return Shipped.MODEL;
    }

    /** A fresh copy of the shipped model (for measuring load time; use {@link #shipped()} otherwise). */
    static NerModel loadShipped() {
        return load(NerModel.class::getResourceAsStream, "classpath:org/rasid/ner/" + SHIPPED, SHIPPED);
    }

    public static NerModel load(Path dir) {
        return load(name -> {
            try {
                return Files.newInputStream(dir.resolve(name));
            } catch (NoSuchFileException e) {
                return null;
            }
        }, dir.toString(), "");
    }

    private interface Opener {
        InputStream open(String name) throws IOException;
    }

    private static NerModel load(Opener opener, String where, String prefix) {
        String current = WEIGHTS;
        try {
            try (InputStream w = required(opener, prefix + WEIGHTS, where)) {
                current = LEXICON;
                Lexicon lexicon;
                try (InputStream l = required(opener, prefix + LEXICON, where)) {
                    lexicon = Lexicon.read(new BufferedInputStream(l), LEXICON);
                }
                current = GAZETTEER;
                Gazetteer gazetteer;
                try (InputStream g = required(opener, prefix + GAZETTEER, where)) {
                    gazetteer = Gazetteer.read(new BufferedInputStream(g));
                }
                current = ENTITIES;
                EntityList entities = EntityList.EMPTY;
                try (InputStream e = opener.open(prefix + ENTITIES)) {
                    if (e != null) {
                        entities = EntityList.read(new BufferedInputStream(e));
                    }
                }
                current = EXTERNAL;
                EntityList external = EntityList.EMPTY;
                try (InputStream e = opener.open(prefix + EXTERNAL)) {
                    if (e != null) {
                        external = EntityList.read(new BufferedInputStream(e));
                    }
                }
                current = WEIGHTS;
                Stored first = readWeights(new BufferedInputStream(w));
                if (first.groups().contains(FeatureGroup.ENTITIES) && entities.size() == 0) {
                    throw new RasidException(Problem.MODEL, where, "no NER model here (missing " + prefix + ENTITIES + ")");
                }
                if (first.groups().contains(FeatureGroup.EXTERNAL) && external.size() == 0) {
                    throw new RasidException(Problem.MODEL, where, "no NER model here (missing " + prefix + EXTERNAL + ")");
                }
                LinearChain second = null;
                if (first.groups().contains(FeatureGroup.STACK)) {
                    current = SECOND;
                    try (InputStream s = required(opener, prefix + SECOND, where)) {
                        second = readWeights(new BufferedInputStream(s)).chain();
                    }
                }
                return new NerModel(first.groups(), first.bits(), first.chain(), second, lexicon, gazetteer, entities,
                        external);
            }
        } catch (EOFException | ZipException | IllegalArgumentException e) {
            throw new RasidException(Problem.MODEL, where, current + " is corrupt or truncated");
        } catch (IOException e) {
            throw new RasidException(Problem.MODEL, where, current + ": " + e.getMessage());
        }
    }

    private static InputStream required(Opener opener, String name, String where) throws IOException {
        InputStream in = opener.open(name);
        if (in == null) {
            throw new RasidException(Problem.MODEL, where, "no NER model here (missing " + name + ")");
        }
        return in;
    }

    /** One weights file: the feature groups and table size it was trained with, and its weights. */
    private record Stored(Set<FeatureGroup> groups, int bits, LinearChain chain) {
    }

    private static Stored readWeights(InputStream raw) throws IOException {
        var in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw), 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a rasid NER model of version " + VERSION);
        }
        var groups = EnumSet.noneOf(FeatureGroup.class);
        int ng = in.readInt();
        for (int i = 0; i < ng; i++) {
            groups.add(FeatureGroup.valueOf(in.readUTF()));
        }
        int bits = in.readInt();
        int labels = in.readInt();
        if (bits < 4 || bits > 26 || labels != Encoding.BIO.count() && labels != Encoding.BILOU.count()) {
            throw new IOException("bad model header");
        }
        var chain = new LinearChain(1 << bits, Encoding.ofCount(labels));
        for (int i = 0; i < chain.transitions.length; i++) {
            chain.transitions[i] = in.readFloat();
        }
        float scale = in.readFloat();
        int row = -1;
        for (int left = in.readInt(); left > 0; left--) {
            row += readVarint(in);
            int mask = labels <= 16 ? in.readUnsignedShort() : in.readInt();
            for (int y = 0; y < labels; y++) {
                if ((mask & (1 << y)) != 0) {
                    chain.weights[row * labels + y] = in.readShort() * scale;
                }
            }
        }
        return new Stored(groups, bits, chain);
    }

    /** Writes the model directory; the weights are quantized to 16 bits, which leaves dev F1 unchanged. */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve(LEXICON))) {
            Lexicon.write(out, lexicon);
        }
        writeLines(dir.resolve(GAZETTEER), gazetteer.lines());
        if (groups.contains(FeatureGroup.ENTITIES)) {
            writeLines(dir.resolve(ENTITIES), entities.lines());
        } else {
            Files.deleteIfExists(dir.resolve(ENTITIES)); // a stale list from an earlier model would be read
        }
        if (groups.contains(FeatureGroup.EXTERNAL)) {
            writeLines(dir.resolve(EXTERNAL), external.lines());
        } else {
            Files.deleteIfExists(dir.resolve(EXTERNAL));
        }
        writeWeights(dir.resolve(WEIGHTS), chain);
        if (second != null) {
            writeWeights(dir.resolve(SECOND), second);
        } else {
            Files.deleteIfExists(dir.resolve(SECOND));
        }
    }

    private static void writeLines(Path file, java.util.List<String> lines) throws IOException {
        try (var out = new java.io.PrintWriter(new java.io.OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file)), java.nio.charset.StandardCharsets.UTF_8))) {
            lines.forEach(line -> out.print(line + "\n"));
        }
    }

    private void writeWeights(Path file, LinearChain chain) throws IOException {
        try (var out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file))))) {
            writeWeights(out, chain);
        }
    }

    private void writeWeights(DataOutputStream out, LinearChain chain) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(groups.size());
        for (FeatureGroup g : groups) {
            out.writeUTF(g.name());
        }
        out.writeInt(bits);
        out.writeInt(chain.labels);
        for (float t : chain.transitions) {
            out.writeFloat(t);
        }
        float max = 0;
        for (float w : chain.weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        out.writeFloat(scale);
        int L = chain.labels, rows = chain.rows();
        int[] masks = new int[rows];
        int used = 0;
        for (int r = 0; r < rows; r++) {
            for (int y = 0; y < L; y++) {
                if (Math.round(chain.weights[r * L + y] / scale) != 0) {
                    masks[r] |= 1 << y;
                }
            }
            used += masks[r] == 0 ? 0 : 1;
        }
        out.writeInt(used);
        int last = -1;
        for (int r = 0; r < rows; r++) {
            if (masks[r] == 0) {
                continue;
            }
            writeVarint(out, r - last);
            last = r;
            if (L <= 16) { // a BIO model's mask fits 16 bits, as in files written before BILOU
                out.writeShort(masks[r]);
            } else {
                out.writeInt(masks[r]);
            }
            for (int y = 0; y < L; y++) {
                if ((masks[r] & (1 << y)) != 0) {
                    out.writeShort(Math.round(chain.weights[r * L + y] / scale));
                }
            }
        }
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("bad varint");
    }

    /** Tags one sentence of tokens, returning BIO tags. */
    public String[] tag(String[] tokens) {
        int[] labels = chain.bio(chain.decode(features.extract(tokens)));
        String[] out = new String[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = Labels.ALL.get(labels[i]);
        }
        return out;
    }

    /**
     * Tags the sentences of one document (in order) with BIO tags; other mentions of a name nearby inform each
     * sentence's tags (see {@link DocumentTagger}).
     */
    public String[][] tagDocument(java.util.List<String[]> sentences) {
        int[][] labels = new DocumentTagger(this, consistency, CONSISTENCY_WINDOW).tag(sentences);
        String[][] out = new String[labels.length][];
        for (int s = 0; s < labels.length; s++) {
            out[s] = new String[labels[s].length];
            for (int i = 0; i < labels[s].length; i++) {
                out[s][i] = Labels.ALL.get(labels[s][i]);
            }
        }
        return out;
    }

    /** A copy with another weight for the document-level pass (0: each sentence alone). */
    public NerModel withConsistency(float weight) {
        return new NerModel(groups, bits, chain, second, lexicon, gazetteer, entities, external, weight);
    }

    /** Proclitic characters of {@code token} before the name (و in وطالبان), counted in the token's own text. */
    int procliticLength(String token) {
        String folded = ArabicFold.fold(token);
        int cut = Clitics.split(folded, lexicon).cut();
        int kept = 0;
        for (int i = 0; i < token.length() && kept < cut; i++) {
            char c = token.charAt(i);
            if (!isMark(c)) {
                kept++;
            }
            if (kept == cut) {
                int end = i + 1;
                while (end < token.length() && isMark(token.charAt(end))) {
                    end++;
                }
                return end;
            }
        }
        return 0;
    }

    private static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u0652') || c == '\u0670' || c == '\u0640';
    }

    /**
     * A copy whose O label scores {@code delta} lower on every token of the pass that gives the final labels (the
     * stacked second model where there is one), trading precision for recall. Every token's label is reached by
     * exactly one transition, so lowering the transitions into O is the same as lowering O's emission score.
     */
    public NerModel withOutsideBias(float delta) {
        LinearChain last = second != null ? second : chain;
        float[] t = last.transitions.clone();
        for (int prev = -1; prev < last.labels; prev++) {
            t[(prev + 1) * last.labels] -= delta; // label 0 is O
        }
        var biased = new LinearChain(last.weights, t, last.encoding);
        return second != null
                ? new NerModel(groups, bits, chain, biased, lexicon, gazetteer, entities, external, consistency)
                : new NerModel(groups, bits, biased, null, lexicon, gazetteer, entities, external, consistency);
    }

    public Set<FeatureGroup> groups() {
        return groups;
    }
}
