package org.steward.app.cli;

import java.util.concurrent.Callable;
import org.steward.app.UserError;
import org.steward.app.platforms.PlatformsFile;
import org.steward.model.platform.PlatformEndpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code steward platforms remove NAME}: forgets a connection and deletes its secret. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Removes a connection and deletes its password or token from the credential store.")
final class PlatformsRemoveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    PlatformsCommand platforms;

    @Mixin
    CredentialOptions credentials;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
        var directories = platforms.root.directories();
        PlatformsFile file = new PlatformsFile(directories.platforms());
        PlatformEndpoint endpoint = file.endpoint(name)
                .orElseThrow(() -> new UserError("no connection named '" + name + "'; see steward platforms list"));
        credentials.open(directories).remove(endpoint.auth().secretRef());
        file.remove(name);
        spec.commandLine().getOut().printf("Removed connection %s and its secret%n", name);
        return 0;
    }
}
