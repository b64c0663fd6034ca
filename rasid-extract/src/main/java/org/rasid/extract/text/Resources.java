package org.rasid.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/** Reads the module's data files: UTF-8 lines (gunzipped when the name ends in .gz), '#' comments and blank lines skipped. */
public final class Resources {
    private Resources() {
    }

    public static List<String> lines(String name) {
        var in = Resources.class.getResourceAsStream("/org/rasid/extract/" + name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        try (var reader = new BufferedReader(new InputStreamReader(name.endsWith(".gz") ? new GZIPInputStream(in) : in,
                StandardCharsets.UTF_8))) {
            var out = new ArrayList<String>();
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /** Every whitespace-separated word of a word-list resource, normalized. */
    public static Set<String> wordSet(String name) {
        var out = new HashSet<String>();
        for (String line : lines(name)) {
            for (String w : line.trim().split("\\s+")) {
                out.add(Arabic.normalize(w));
            }
        }
        return Set.copyOf(out);
    }
}
