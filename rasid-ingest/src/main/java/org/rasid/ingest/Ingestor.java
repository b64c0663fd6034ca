package org.rasid.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.rasid.core.Article;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;
import org.rasid.core.model.Metadata;
import org.rasid.core.model.Paragraph;

/**
 * Turns an input named on the command line (a file, "-" for stdin) into cleaned articles.
 * One input may yield several articles; each failure is reported as an {@link Outcome} and never stops the run.
 */
public final class Ingestor {
    private final IngestOptions options;

    public Ingestor(IngestOptions options) {
        this.options = options;
    }

    public void read(String input, Consumer<Outcome> sink) {
        try {
            byte[] bytes = input.equals("-") ? readAll(System.in, "stdin") : readFile(input);
            String text = new String(bytes, StandardCharsets.UTF_8);
            sink.accept(Outcome.ok(input, plainText(input.equals("-") ? "stdin" : input, text)));
        } catch (RasidException e) {
            sink.accept(Outcome.failed(e));
        }
    }

    private byte[] readFile(String input) {
        Path path = Path.of(input);
        if (!Files.exists(path)) {
            throw new RasidException(Problem.NOT_FOUND, input, "no such file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return readAll(in, input);
        } catch (IOException e) {
            throw new RasidException(Problem.UNREADABLE, input, "cannot read: " + e.getMessage());
        }
    }

    private byte[] readAll(InputStream in, String input) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
            if (bytes.length > options.maxBytes()) {
                throw new RasidException(Problem.TOO_LARGE, input, "larger than " + options.maxBytes() + " bytes");
            }
            if (bytes.length == 0) {
                throw new RasidException(Problem.EMPTY, input, "empty input");
            }
            return bytes;
        } catch (IOException e) {
            throw new RasidException(Problem.UNREADABLE, input, "cannot read: " + e.getMessage());
        }
    }

    /** First non-blank line is the title; the rest are paragraphs, one per non-blank line. */
    private Article plainText(String source, String text) {
        List<Article.Block> blocks = new ArrayList<>();
        String title = null;
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            if (title == null) {
                title = line.strip();
            } else {
                blocks.add(new Article.Block(line.strip(), Paragraph.Kind.paragraph));
            }
        }
        Metadata meta = Metadata.of(source);
        if (options.published() != null) {
            meta = meta.withPublished(options.published());
        }
        return new Article(meta, title, blocks);
    }
}
