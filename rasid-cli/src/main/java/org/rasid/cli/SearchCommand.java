package org.rasid.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.rasid.core.DocumentJson;
import org.rasid.core.RasidException;
import org.rasid.store.SearchQuery;
import org.rasid.store.SearchResult;
import org.rasid.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = "Search a store in Arabic: words match whatever their clitics and spelling; \"phrases\", actor:ID, AND/OR.")
final class SearchCommand implements Callable<Integer> {
    enum Format { json, text }

    @Parameters(paramLabel = "QUERY", description = "Lucene query syntax; '' lists everything.")
    String query;

    @Mixin
    StoreOption store;

    @Option(names = "--actor", paramLabel = "ID", description = "Only articles mentioning this actor.")
    String actor;

    @Option(names = "--type", paramLabel = "T", description = "Only articles with an event of this type.")
    String type;

    @Option(names = "--source", paramLabel = "S", description = "Only articles from this source.")
    String source;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before.")
    String to;

    @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "Hits to show, 1-100 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Override
    public Integer call() {
        if (limit < 1 || limit > SearchQuery.MAX_LIMIT) {
            throw new RasidException(RasidException.Problem.USAGE, "--limit", "must be between 1 and " + SearchQuery.MAX_LIMIT);
        }
        var q = new SearchQuery(query, actor, type, source, date("--from", from), date("--to", to), 0, limit);
        SearchResult result;
        try (var st = Store.openExisting(store.dir)) {
            result = st.search().search(q);
        }
        var out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (format == Format.json) {
            out.println(DocumentJson.MAPPER.valueToTree(result).toPrettyString());
        } else {
            out.printf("%d articles match%n", result.total());
            int rank = 1;
            for (var hit : result.hits()) {
                out.printf("%n%d. %s%n   %s  %s  %s  id %s%n   %s%n", rank++, hit.title(), hit.source(),
                        Objects.toString(hit.published(), ""), Objects.toString(hit.url(), ""), hit.id(), plain(hit.snippet()));
            }
            result.facets().forEach((dim, counts) -> {
                if (!counts.isEmpty()) {
                    out.printf("%n%s: %s", dim, String.join(", ", counts.stream().map(c -> c.value() + " (" + c.count() + ")").toList()));
                }
            });
            out.println();
        }
        out.flush();
        return 0;
    }

    /** The highlighted snippet for a terminal: marks become «», entities are decoded. */
    private static String plain(String snippet) {
        if (snippet == null) {
            return "";
        }
        return snippet.replace("<mark>", "«").replace("</mark>", "»").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#x2F;", "/").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace('\n', ' ');
    }

    static LocalDate date(String option, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RasidException(RasidException.Problem.USAGE, option, "not a YYYY-MM-DD date: " + value);
        }
    }
}
