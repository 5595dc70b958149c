package org.steward.app.platforms;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.steward.app.UserError;

/**
 * Where the command line gets the credential store's master password: a file named by {@code --password-file}
 * (first line), else {@code STEWARD_MASTER_PASSWORD}, else a prompt on the console without echo.
 */
public final class MasterPassword {
    public static final String ENVIRONMENT = "STEWARD_MASTER_PASSWORD";

    private MasterPassword() {
    }

    public static char[] read(Path passwordFile, Map<String, String> environment, Console console) {
        if (passwordFile != null) {
            return firstLine(passwordFile, "password file");
        }
        String fromEnvironment = environment.get(ENVIRONMENT);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        if (console != null) {
            char[] typed = console.readPassword("Master password of Steward's credential store: ");
            if (typed != null && typed.length > 0) {
                return typed;
            }
        }
        throw new UserError("the credential store needs its master password: pass --password-file FILE or set "
                + ENVIRONMENT);
    }

    /** The first line of a file holding a secret, without its line break. */
    public static char[] firstLine(Path file, String what) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty()) {
                throw new UserError("the " + what + " " + file + " is empty");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new UserError("cannot read the " + what + " " + file + ": " + e.getMessage());
        }
    }
}
