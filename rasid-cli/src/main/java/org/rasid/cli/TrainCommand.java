package org.rasid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code rasid train}: groups the commands that build Rasid's models. */
@Command(name = "train", description = "Train Rasid's models.", subcommands = {TrainNerCommand.class, TrainClustersCommand.class})
final class TrainCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
