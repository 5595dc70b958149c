package org.steward.app.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Map;
import org.steward.app.UserError;
import org.steward.app.platforms.MasterPassword;

/**
 * Where the command line gets a platform's password or token: {@code --secret-file}, else
 * {@code STEWARD_PLATFORM_SECRET}, else a prompt without echo. Never an option value, which would show in the
 * process list and the shell history.
 */
final class PlatformSecret {
    static final String ENVIRONMENT = "STEWARD_PLATFORM_SECRET";

    private PlatformSecret() {
    }

    static char[] read(Path secretFile, String what, Map<String, String> environment, Console console) {
        if (secretFile != null) {
            return MasterPassword.firstLine(secretFile, "secret file");
        }
        String fromEnvironment = environment.get(ENVIRONMENT);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        if (console != null) {
            char[] typed = console.readPassword("%s: ", what);
            if (typed != null && typed.length > 0) {
                return typed;
            }
        }
        throw new UserError("needs the " + what + ": pass --secret-file FILE or set " + ENVIRONMENT);
    }
}
