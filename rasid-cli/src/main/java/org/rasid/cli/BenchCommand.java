package org.rasid.cli;

import picocli.CommandLine.Command;

/** {@code rasid bench WHAT}: measures throughput. */
@Command(name = "bench", description = "Measure throughput.", subcommands = {BenchTextCommand.class, BenchSearchCommand.class, BenchKnownItemCommand.class, BenchServeCommand.class})
final class BenchCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
