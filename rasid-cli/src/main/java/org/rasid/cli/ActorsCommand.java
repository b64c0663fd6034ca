package org.rasid.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.rasid.core.DocumentJson;
import org.rasid.core.RasidException;
import org.rasid.store.ActorListing;
import org.rasid.store.ListedActor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "actors", description = "List the actors a store knows (registry and articles): id, type, name, mentions, aliases, external ids.")
final class ActorsCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--query", paramLabel = "NAME", description = "Only actors with a name or alias containing NAME (spelling variants match).")
    String query;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "At most N actors, the most mentioned first (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "One JSON object per actor instead of tab-separated lines.")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new RasidException(RasidException.Problem.USAGE, "--limit", "must be at least 1");
        }
        var out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (ListedActor a : ActorListing.list(store.dir, query, limit)) {
            out.println(json ? DocumentJson.MAPPER.valueToTree(a).toString()
                    : String.join("\t", a.id(), a.type(), a.name(), Long.toString(a.mentions()), Long.toString(a.articles()),
                    String.join("|", a.aliases()), String.join("|", a.externalIds())));
        }
        out.flush();
        return 0;
    }
}
