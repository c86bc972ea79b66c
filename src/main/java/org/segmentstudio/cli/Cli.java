package org.segmentstudio.cli;

import java.io.PrintWriter;
import org.segmentstudio.engine.CancelledException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code segment-studio <sub-command> …}. Never touches JavaFX. Every failure
 * ends as one line on stderr beginning {@code error:}; never a stack trace.
 */
@Command(name = "segment-studio", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Customer segmentation with k-means. With no arguments, opens the desktop app.",
        subcommands = {SegmentCommand.class, SuggestKCommand.class, CustomersCommand.class, ApplyCommand.class,
                CompareCommand.class})
public final class Cli implements Runnable {
    /** Exit code for bad input: a file, a column, an option. */
    public static final int BAD_INPUT = 2;
    /** Exit code for a failure that is not the user's. */
    public static final int INTERNAL_ERROR = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code: 0 ok, 2 bad input, 1 internal failure. */
    /** Whether {@code name} is one of the sub-commands (segment, suggest-k…). */
    public static boolean isSubcommand(String name) {
        return new CommandLine(new Cli()).getSubcommands().containsKey(name);
    }

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new Cli());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler((ex, a) -> {
            err.println("error: " + oneLine(ex.getMessage()));
            err.flush();
            return BAD_INPUT;
        });
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
            boolean users = ex instanceof UserInputException;
            String message = users ? ex.getMessage()
                    : ex instanceof CancelledException ? "cancelled"
                    : "unexpected failure (" + ex.getClass().getSimpleName() + "): " + ex.getMessage();
            err.println("error: " + oneLine(message));
            err.flush();
            return users ? BAD_INPUT : INTERNAL_ERROR;
        });
        try {
            return cmd.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("error: not enough memory for this file; start Java with a larger -Xmx.");
        } catch (Error e) {
            err.println("error: unexpected failure (" + e.getClass().getSimpleName() + "): " + oneLine(e.getMessage()));
        }
        err.flush();
        return INTERNAL_ERROR;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** The version Maven built. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Segment Studio " + org.segmentstudio.BuildInfo.version()};
        }
    }
}
