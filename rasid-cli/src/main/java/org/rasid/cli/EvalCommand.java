package org.rasid.cli;

import picocli.CommandLine.Command;

/** {@code rasid eval KIND ...}: scores one part of the analysis against a gold file. */
@Command(name = "eval", description = "Score the analysis against gold annotations.",
        subcommands = {EvalExtractCommand.class})
final class EvalCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
