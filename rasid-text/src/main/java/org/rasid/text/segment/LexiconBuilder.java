package org.rasid.text.segment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;

/**
 * Builds the segmenter lexicon: word classes from the Ayaspell Hunspell dictionary (MPL-1.1) and aggregate word
 * counts from a news corpus (JSON lines with a {@code content} field). Only forms seen at least
 * {@code minCount} times, or listed by Ayaspell, are kept, so the resource is a small table of counts and never
 * any running text.
 */
public final class LexiconBuilder {
    private final Map<String, Integer> counts = new HashMap<>(1 << 21);
    private final Map<String, Integer> flags = new HashMap<>(1 << 18);

    /** Counts every Arabic word of the {@code content} fields of a (possibly gzipped) JSON-lines corpus. */
    public LexiconBuilder countNews(Path corpus) {
        var json = new ObjectMapper();
        try (var r = reader(corpus)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                var content = json.readTree(line).path("content").asText("");
                countWords(content);
            }
        } catch (IOException e) {
            throw new RasidException(Problem.UNREADABLE, corpus.toString(), "cannot read news corpus: " + e.getMessage());
        }
        return this;
    }

    private void countWords(String text) {
        var word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (ArabicLetters.isLetter(c)) {
                word.append(c);
            } else if (!ArabicLetters.isMark(c) && word.length() > 0) {
                counts.merge(ArabicLetters.strip(word), 1, Integer::sum);
                word.setLength(0);
            }
        }
    }

    /**
     * Reads word classes from Ayaspell's {@code ar.dic}, which concatenates stopwords.dic, tools.dic, names.dic
     * (nouns and adjectives) and verb.huns.dic (conjugated verbs) under {@code ::::} banner lines.
     */
    public LexiconBuilder readHunspell(Path dic) {
        try (var r = Files.newBufferedReader(dic, StandardCharsets.UTF_8)) {
            int section = Lexicon.FUNCTION;
            Set<String> functionWords = new HashSet<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.endsWith(".dic")) {
                    section = line.startsWith("verb") ? Lexicon.VERB : line.startsWith("names") ? Lexicon.NOUN : Lexicon.FUNCTION;
                    continue;
                }
                int cut = 0;
                while (cut < line.length() && ArabicLetters.isLetter(line.charAt(cut))) {
                    cut++;
                }
                if (cut == 0 || (section != Lexicon.FUNCTION && line.indexOf('/') != cut)) {
                    continue; // banners, comments, and the clitic-expanded forms names.dic lists without flags
                }
                var form = ArabicLetters.strip(line.substring(0, cut));
                if (section == Lexicon.FUNCTION) {
                    functionWords.add(form);
                } else {
                    flags.merge(form, section, (a, b) -> a | b);
                }
            }
            // stopwords.dic also lists every clitic expansion (وبغير, فبغير, بما): keep only the bare words
            for (String form : functionWords) {
                if (!isExpansion(form, functionWords)) {
                    flags.merge(form, Lexicon.FUNCTION, (a, b) -> a | b);
                }
            }
        } catch (IOException e) {
            throw new RasidException(Problem.UNREADABLE, dic.toString(), "cannot read hunspell dictionary: " + e.getMessage());
        }
        return this;
    }

    /** وبغير is و+بغير; but كما, لكن, بين are words of their own, so ب ك ل count as clitics only before 3 letters. */
    private static boolean isExpansion(String form, Set<String> words) {
        String rest = form.substring(1);
        char first = form.charAt(0);
        return words.contains(rest) && (first == 'و' || first == 'ف' || ("بكل".indexOf(first) >= 0 && rest.length() >= 3));
    }

    /** Writes the gzipped, sorted {@code form count flags} table; returns the number of forms written. */
    public int write(OutputStream out, int minCount) throws IOException {
        var all = new TreeMap<String, int[]>();
        counts.forEach((w, n) -> {
            if (n >= minCount) {
                all.put(w, new int[] {n, 0});
            }
        });
        flags.forEach((w, f) -> all.computeIfAbsent(w, k -> new int[] {counts.getOrDefault(k, 0), 0})[1] = f);
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8)) {
            for (var e : all.entrySet()) {
                w.write(e.getKey() + '\t' + e.getValue()[0] + '\t' + Lexicon.formatFlags(e.getValue()[1]) + '\n');
            }
        }
        return all.size();
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
