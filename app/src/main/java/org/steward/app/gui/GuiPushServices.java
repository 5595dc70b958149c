package org.steward.app.gui;

import java.util.Arrays;
import org.steward.app.AppDirectories;
import org.steward.app.Connectors;
import org.steward.app.platforms.KeystoreSecretStore;
import org.steward.app.platforms.MasterPassword;
import org.steward.app.platforms.PlatformsFile;
import org.steward.views.push.PushServices;

/**
 * The Push area's connections: the saved platform connections, with secrets from the credential store opened when
 * a push starts (master password from STEWARD_MASTER_PASSWORD until the app asks for it in a dialog).
 */
final class GuiPushServices {

    private GuiPushServices() {
    }

    static PushServices of(AppDirectories directories) {
        return new PushServices(new PlatformsFile(directories.platforms()), endpoint -> {
            char[] master = MasterPassword.read(null, System.getenv(), null);
            try {
                return Connectors.pushTargets(KeystoreSecretStore.open(directories.credentials(), master))
                        .open(endpoint);
            } finally {
                Arrays.fill(master, '\0');
            }
        });
    }
}
