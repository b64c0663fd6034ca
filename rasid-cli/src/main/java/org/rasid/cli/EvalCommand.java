package org.rasid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code rasid eval}: groups the commands that score Rasid's components on gold data. */
@Command(name = "eval", description = "Score Rasid's components on gold data.", subcommands = {EvalSegmentCommand.class, EvalNerCommand.class, EvalExtractCommand.class, EvalWojoodCommand.class})
final class EvalCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
