package org.steward.app.cli;

import java.nio.file.Path;
import org.steward.app.AppDirectories;
import org.steward.app.platforms.KeystoreSecretStore;
import org.steward.app.platforms.MasterPassword;
import picocli.CommandLine.Option;

/** {@code --password-file}: how commands open the credential store. */
final class CredentialOptions {

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file whose first line is the master password of the credential store"
                    + " (else STEWARD_MASTER_PASSWORD, else asked).")
    Path passwordFile;

    KeystoreSecretStore open(AppDirectories directories) {
        char[] master = MasterPassword.read(passwordFile, System.getenv(), System.console());
        try {
            return KeystoreSecretStore.open(directories.credentials(), master);
        } finally {
            java.util.Arrays.fill(master, '\0');
        }
    }
}
