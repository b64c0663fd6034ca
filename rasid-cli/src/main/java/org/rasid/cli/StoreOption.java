package org.rasid.cli;

import java.nio.file.Path;
import org.rasid.store.Store;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option every store command takes, declared once. */
final class StoreOption {
    @Option(names = "--store", defaultValue = Store.DEFAULT_DIR, paramLabel = "DIR", description = "Store folder (default: ${DEFAULT-VALUE}).")
    Path dir;
}
