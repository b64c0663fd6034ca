package org.rasid.core;

/**
 * A failure with a coded reason that users can act on. The CLI prints it as one line
 * {@code rasid: INPUT: message} with no stack trace and exits with {@link Problem#exitCode()}.
 */
public final class RasidException extends RuntimeException {
    /** What went wrong, as a stable code; the exit codes are documented in docs/cli.md. */
    public enum Problem {
        NOT_FOUND(3), UNREADABLE(3), EMPTY(4), BINARY(4), TOO_LARGE(4), ENCODING(4), BAD_FORMAT(4), NO_ARTICLE(5),
        URL_REFUSED(6), URL_FAILED(6), USAGE(2), MODEL(7), STORE(8),
        /** A stage failed on one document: a bug, reported for that document while the run goes on. */
        ANALYSIS(70);

        private final int exitCode;

        Problem(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private final Problem problem;
    private final String input;

    public RasidException(Problem problem, String input, String message) {
        this(problem, input, message, null);
    }

    public RasidException(Problem problem, String input, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.input = input;
    }

    public Problem problem() {
        return problem;
    }

    public String input() {
        return input;
    }

    /** The one line a user sees. */
    public String oneLine() {
        return (input == null ? "" : input + ": ") + getMessage();
    }
}
