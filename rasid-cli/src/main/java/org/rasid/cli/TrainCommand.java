package org.rasid.cli;

import picocli.CommandLine.Command;

/** {@code rasid train MODEL}: builds a shipped resource from the reference data, reproducibly. */
@Command(name = "train", description = "Build a model or resource from reference data.", subcommands = {TrainSegmenterCommand.class})
final class TrainCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
