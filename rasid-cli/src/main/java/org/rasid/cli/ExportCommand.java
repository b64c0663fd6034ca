package org.rasid.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.rasid.store.Export;
import org.rasid.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Export events (ACLED-like columns), quotes, actors or relations from a store.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TABLE", description = "events, quotes, actors or relations.")
    Export.Table table;

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default), csv or parquet (parquet needs -o).")
    Export.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here (default: standard output); written whole or not at all.")
    Path output;

    @Override
    public Integer call() throws IOException {
        try (var queries = Store.queries(store.dir)) {
            if (output == null) {
                long n = Export.write(queries, table, format, new BufferedOutputStream(System.out));
                System.err.println("rasid: exported " + n + " " + table);
                return 0;
            }
            Path partial = output.resolveSibling(output.getFileName() + ".partial");
            try {
                long n = Export.write(queries, table, format, partial);
                Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                System.err.println("rasid: exported " + n + " " + table + " to " + output);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
        return 0;
    }
}
