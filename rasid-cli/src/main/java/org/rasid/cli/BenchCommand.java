package org.rasid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code rasid bench}: groups the speed benchmarks. */
@Command(name = "bench", description = "Measure the speed of Rasid's components.", subcommands = {BenchAnalyzeCommand.class, BenchTextCommand.class, BenchNerCommand.class, BenchSearchCommand.class, BenchKnownItemCommand.class, BenchServeCommand.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
