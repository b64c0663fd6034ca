package org.rasid.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.rasid.core.Article;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;
import org.rasid.core.model.Metadata;
import org.rasid.ingest.clean.Language;
import org.rasid.ingest.clean.TextArticles;
import org.rasid.ingest.encoding.TextDecoder;
import org.rasid.ingest.feed.FeedArticles;
import org.rasid.ingest.html.HtmlArticles;
import org.rasid.ingest.read.JsonRecords;
import org.rasid.ingest.read.Limits;
import org.rasid.ingest.read.LocalFiles;
import org.rasid.ingest.read.UrlFetcher;
import org.rasid.ingest.warc.WarcArticles;

/**
 * Turns an input named on the command line (a file, a directory, an http(s) URL, "-" for stdin) into cleaned
 * articles. One input may yield several articles; each failure is reported as an {@link Outcome} and never
 * stops the run.
 */
public final class Ingestor {
    private final IngestOptions options;
    private UrlFetcher fetcher;

    public Ingestor(IngestOptions options) {
        this.options = options;
    }

    public void read(String input, Consumer<Outcome> sink) {
        try {
            if (input.equals("-")) {
                readPayload(new Payload("stdin", null, Limits.readStdin(System.in, options.maxBytes()), null,
                        InputKind.UNKNOWN), sink);
            } else if (UrlFetcher.isUrl(input)) {
                readPayload(fetcher().fetch(input), sink);
            } else {
                readPath(Path.of(input), sink);
            }
        } catch (RasidException e) {
            sink.accept(Outcome.failed(e));
        } catch (java.nio.file.InvalidPathException e) {
            sink.accept(Outcome.failed(new RasidException(Problem.NOT_FOUND, input, "not a valid path")));
        }
    }

    private void readPath(Path path, Consumer<Outcome> sink) {
        LocalFiles.checkReadable(path);
        if (!Files.isDirectory(path)) {
            readFile(path, sink);
            return;
        }
        List<Path> files = LocalFiles.list(path);
        if (files.isEmpty()) {
            throw new RasidException(Problem.EMPTY, path.toString(), "no files in this directory");
        }
        for (Path file : files) {
            if (InputKind.ofName(file.getFileName().toString()) == InputKind.UNKNOWN) {
                sink.accept(Outcome.skipped(file.toString(), "skipped: not a .txt, .html or .json/.jsonl file"));
                continue;
            }
            try {
                readFile(file, sink);
            } catch (RasidException e) {
                sink.accept(Outcome.failed(e));
            }
        }
    }

    private void readFile(Path path, Consumer<Outcome> sink) {
        String name = path.toString();
        InputKind kind = InputKind.ofName(name);
        if (kind == InputKind.WARC) {
            LocalFiles.checkReadable(path);
            WarcArticles.read(path, options.maxBytes(), a -> emit(name, () -> a, sink), e -> sink.accept(Outcome.failed(e)));
            return;
        }
        if (kind == InputKind.JSON && !name.toLowerCase().matches(".*\\.json(\\.gz)?$")) {
            LocalFiles.checkReadable(path);
            try (InputStream in = LocalFiles.open(path)) {
                JsonRecords.readLines(in, name, options.maxBytes(), r -> emit(name, () -> TextArticles.fromRecord(r), sink),
                        e -> sink.accept(Outcome.failed(e)));
            } catch (IOException e) {
                throw new RasidException(Problem.UNREADABLE, name, "cannot read: " + e.getMessage());
            }
            return;
        }
        readPayload(new Payload(name, null, LocalFiles.read(path, options.maxBytes()), null, kind), sink);
    }

    private void readPayload(Payload p, Consumer<Outcome> sink) {
        if (p.bytes().length == 0) {
            throw new RasidException(Problem.EMPTY, p.name(), "empty input");
        }
        boolean markup = p.kind() != InputKind.TEXT && p.kind() != InputKind.JSON;
        String text = TextDecoder.decode(p.bytes(), p.declaredCharset(), markup, p.name()).text();
        if (text.isBlank()) {
            throw new RasidException(Problem.EMPTY, p.name(), "only white space");
        }
        InputKind sniffed = InputKind.sniff(text);
        InputKind kind = p.kind() == InputKind.UNKNOWN || sniffed == InputKind.FEED ? sniffed : p.kind();
        switch (kind) {
            case HTML -> emit(p.name(), () -> HtmlArticles.read(text, p.name(), p.url()), sink);
            case FEED -> FeedArticles.read(text, p.name(), a -> emit(p.name(), () -> a, sink), e -> sink.accept(Outcome.failed(e)));
            case JSON -> JsonRecords.readDocument(text, p.name(), r -> emit(p.name(), () -> TextArticles.fromRecord(r), sink),
                    e -> sink.accept(Outcome.failed(e)));
            default -> emit(p.name(), () -> TextArticles.fromText(p.name(), text), sink);
        }
    }

    private void emit(String input, java.util.function.Supplier<Article> reader, Consumer<Outcome> sink) {
        try {
            sink.accept(Outcome.ok(input, finish(reader.get())));
        } catch (RasidException e) {
            sink.accept(Outcome.failed(e));
        }
    }

    /** Checks that something is left, marks the language and applies the --published override. */
    private Article finish(Article a) {
        Metadata m = a.meta();
        if (a.blocks().isEmpty() && (a.title() == null || a.title().isBlank())) {
            throw new RasidException(Problem.NO_ARTICLE, m.source(), "no article text found");
        }
        var text = new StringBuilder(a.title() == null ? "" : a.title());
        a.blocks().forEach(b -> text.append('\n').append(b.text()));
        var verdict = Language.of(text.toString());
        m = m.withLanguage(verdict.language());
        if (verdict.warning() != null) {
            m = m.withWarning(verdict.warning());
        }
        if (options.published() != null) {
            m = m.withPublished(options.published());
        }
        return new Article(m, a.title(), a.blocks());
    }

    private UrlFetcher fetcher() {
        if (fetcher == null) {
            fetcher = new UrlFetcher(options.allowPrivate(), options.timeout(), options.maxBytes());
        }
        return fetcher;
    }
}
