package org.steward.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.steward.app.AppDirectories;

/** One run of the command line with captured output. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new StewardCli(new AppDirectories(home), new PrintWriter(out), new PrintWriter(err)).run(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
