package org.rasid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code rasid train}: groups the commands that build Rasid's models and resources, reproducibly. */
@Command(name = "train", description = "Build Rasid's models and resources from reference data.", subcommands = {TrainSegmenterCommand.class, TrainNerCommand.class, TrainClustersCommand.class})
final class TrainCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
