package org.rasid.cli;

import org.rasid.core.RasidException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rasid} command: one subcommand per task, each in its own class. */
// INHERIT: every subcommand gets --help and --version, which the usage errors point users to
@Command(name = "rasid", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "rasid 0.1.0",
        description = "Reads Arabic news and turns it into structured, sourced, searchable knowledge.",
        subcommands = {AnalyzeCommand.class, SegmentCommand.class, EvalCommand.class, TrainCommand.class, BenchCommand.class,
                IngestCommand.class, SearchCommand.class, ExportCommand.class, SqlCommand.class, ServeCommand.class, ActorsCommand.class})
public final class Rasid implements Runnable {
    /** Exit code for a failure inside Rasid itself (a bug), as sysexits' EX_SOFTWARE. */
    static final int EXIT_INTERNAL = 70;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        var cli = new CommandLine(new Rasid());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof RasidException re) {
                cmd.getErr().println("rasid: " + re.oneLine());
                return re.problem().exitCode();
            }
            cmd.getErr().println("rasid: internal error: " + e);
            return EXIT_INTERNAL;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            e.getCommandLine().getErr().println("rasid: " + e.getMessage());
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return RasidException.Problem.USAGE.exitCode();
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
