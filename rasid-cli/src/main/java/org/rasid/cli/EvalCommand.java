package org.rasid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code rasid eval}: groups the commands that score Rasid's models on gold data. */
@Command(name = "eval", description = "Score Rasid's models on gold data.", subcommands = {EvalNerCommand.class})
final class EvalCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
