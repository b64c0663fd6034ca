package org.rasid.cli;

import java.io.PrintStream;
import org.rasid.ingest.Outcome;

/**
 * Reports failed inputs as one line each and decides the exit code: that of the first failure, 0 if none.
 * Files skipped inside a directory are reported as warnings and do not change the exit code.
 */
final class Failures {
    private final PrintStream err;
    private int exitCode;
    private int count;

    Failures(PrintStream err) {
        this.err = err;
    }

    void report(Outcome failed) {
        if (failed.isSkipped()) {
            err.println("rasid: warning: " + failed.input() + ": " + failed.skipped());
            return;
        }
        err.println("rasid: " + failed.error().oneLine());
        if (count++ == 0) {
            exitCode = failed.error().problem().exitCode();
        }
    }

    int count() {
        return count;
    }

    int exitCode() {
        return exitCode;
    }
}
