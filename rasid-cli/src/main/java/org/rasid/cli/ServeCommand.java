package org.rasid.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rasid.core.RasidException;
import org.rasid.core.pipeline.Pipeline;
import org.rasid.server.WorkbenchServer;
import org.rasid.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Serve the workbench (web page and JSON API) over a store, on loopback by default.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--cors", paramLabel = "ORIGIN", description = "Allow this one origin to call the API from a browser (off by default).")
    String cors;

    @Option(names = "--rate", defaultValue = "500", paramLabel = "N", description = "Requests per second allowed, bursts of twice that (default: ${DEFAULT-VALUE}).")
    double rate;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535 || rate <= 0) {
            throw new RasidException(RasidException.Problem.USAGE, "--port/--rate", "port must be 0-65535 and rate positive");
        }
        var st = Store.openExisting(store.dir);
        var options = WorkbenchServer.Options.defaults().withHost(host).withPort(port).withCors(cors).withRate(rate);
        var server = WorkbenchServer.start(st, Pipeline.standard(), options);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            st.close();
            stopped.countDown();
        }));
        System.err.printf("rasid: serving %s (%d articles) at http://%s:%d/ — Ctrl-C stops%n", store.dir, st.size(), host, server.port());
        stopped.await();
        return 0;
    }
}
