package org.steward.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code steward platforms add|list|test|remove}: the Apache Atlas connections and their credentials. */
@Command(name = "platforms", mixinStandardHelpOptions = true,
        description = {"Manages connections to Apache Atlas.",
            "Settings go to platforms.properties in Steward's data folder; passwords and",
            "tokens only to the credential store credentials.p12 there, a PKCS12 keystore",
            "protected by a master password (--password-file FILE, or",
            "STEWARD_MASTER_PASSWORD, or typed when asked)."},
        subcommands = {PlatformsAddCommand.class, PlatformsListCommand.class, PlatformsTestCommand.class,
            PlatformsRemoveCommand.class})
final class PlatformsCommand {

    @ParentCommand
    StewardCommand root;
}
