package org.steward.app.cli;

import java.io.PrintWriter;
import org.steward.app.AppDirectories;
import org.steward.app.UserError;
import org.steward.model.ingest.IngestException;
import org.steward.model.platform.PlatformException;
import org.steward.model.workspace.WorkspaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Parses the command line, runs the command and maps failures to exit codes 1 (user) and 2 (internal). */
public final class StewardCli {
    public static final int USER_ERROR = 1;
    public static final int INTERNAL_ERROR = 2;
    private static final Logger LOG = LoggerFactory.getLogger(StewardCli.class);

    private final AppDirectories directories;
    private final PrintWriter out;
    private final PrintWriter err;

    public StewardCli(AppDirectories directories, PrintWriter out, PrintWriter err) {
        this.directories = directories;
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        CommandLine cli = new CommandLine(new StewardCommand(directories), new CommandFactory(directories));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> {
            err.println("steward: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return userError(e.getCommandLine());
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError || e instanceof WorkspaceException || e instanceof IngestException
                    || e instanceof PlatformException) {
                LOG.info("{} failed: {}", commandLine.getCommandSpec().qualifiedName(), e.getMessage());
                err.println("steward: " + e.getMessage());
                err.flush();
                return userError(commandLine);
            }
            LOG.error("{} failed", commandLine.getCommandSpec().qualifiedName(), e);
            err.println("steward: internal error: " + e + " (details in " + directories.logFile() + ")");
            err.flush();
            return INTERNAL_ERROR;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The CI gate keeps 1 for "violations found", so its usage and input errors exit with 2. */
    private static int userError(CommandLine commandLine) {
        return commandLine.getCommand() instanceof CheckCommand ? CheckCommand.INPUT_ERROR : USER_ERROR;
    }
}
