package org.rasid.cli;

import picocli.CommandLine.Command;

/** {@code rasid eval TASK GOLD}: measures a component against gold data. */
@Command(name = "eval", description = "Measure a component against gold data.", subcommands = {EvalSegmentCommand.class})
final class EvalCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
