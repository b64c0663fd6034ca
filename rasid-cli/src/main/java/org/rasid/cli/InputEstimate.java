package org.rasid.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Roughly how many articles the inputs hold, for the progress bar's ETA: JSON Lines count lines, folders files. */
final class InputEstimate {
    private InputEstimate() {
    }

    static long of(List<String> inputs) {
        long total = 0;
        for (String input : inputs) {
            total += of(input);
        }
        return total;
    }

    private static long of(String input) {
        Path path = Path.of(input);
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    return files.filter(Files::isRegularFile).count();
                }
            }
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            if (Files.isRegularFile(path) && (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz"))) {
                try (InputStream raw = Files.newInputStream(path);
                     var lines = new BufferedReader(new InputStreamReader(
                             name.endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
                    return lines.lines().filter(l -> !l.isBlank()).count();
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return 1; // the ingest run reports the problem
        }
        return 1;
    }
}
