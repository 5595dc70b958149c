package org.steward.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.steward.app.Connectors;
import org.steward.app.UserError;
import org.steward.app.platforms.PlatformsFile;
import org.steward.model.platform.ConnectionDiagnosis;
import org.steward.model.platform.PlatformEndpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code steward platforms test NAME}: tests a connection and says what is wrong. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Tests a connection to Apache Atlas.",
            "DNS, TCP, TLS, credentials, and that the server is Apache Atlas. Exit code 0 when Steward can "
                + "work with it, 1 otherwise."})
final class PlatformsTestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    PlatformsCommand platforms;

    @Mixin
    CredentialOptions credentials;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        var directories = platforms.root.directories();
        PlatformEndpoint endpoint = new PlatformsFile(directories.platforms()).endpoint(name)
                .orElseThrow(() -> new UserError("no connection named '" + name + "'; see steward platforms list"));
        ConnectionDiagnosis diagnosis = Connectors.platform(credentials.open(directories))
                .test(endpoint, new ConsoleProgress(spec.commandLine().getErr()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("name", name);
            document.put("ok", diagnosis.ok());
            document.put("summary", diagnosis.summary());
            document.put("version", diagnosis.version().orElse(null));
            document.put("steps", diagnosis.steps());
            out.println(Json.write(document));
        } else {
            out.println(diagnosis.summary());
            diagnosis.steps().forEach(step -> out.println("  " + step));
        }
        return diagnosis.ok() ? 0 : StewardCli.USER_ERROR;
    }
}
