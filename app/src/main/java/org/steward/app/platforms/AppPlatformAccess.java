package org.steward.app.platforms;

import java.nio.file.Files;
import java.util.Optional;
import org.steward.app.AppDirectories;
import org.steward.app.Connectors;
import org.steward.app.UserError;
import org.steward.model.platform.PlatformAccess;
import org.steward.model.platform.PlatformConnector;
import org.steward.model.platform.PlatformException;
import org.steward.model.platform.PlatformRegistry;
import org.steward.model.platform.SecretStore;
import org.steward.model.push.PushTargetFactory;

/** The desktop app's platform access: connections and credential store in the user's data folder. */
public final class AppPlatformAccess implements PlatformAccess {
    private final AppDirectories directories;
    private final PlatformsFile registry;
    private volatile SecretStore unlocked;

    public AppPlatformAccess(AppDirectories directories) {
        this.directories = directories;
        this.registry = new PlatformsFile(directories.platforms());
    }

    @Override
    public PlatformRegistry registry() {
        return registry;
    }

    @Override
    public boolean credentialStoreExists() {
        return Files.isRegularFile(directories.credentials());
    }

    @Override
    public SecretStore unlock(char[] masterPassword) {
        try {
            SecretStore store = KeystoreSecretStore.open(directories.credentials(), masterPassword);
            unlocked = store;
            return store;
        } catch (UserError e) {
            throw new PlatformException(e.getMessage(), e);
        }
    }

    @Override
    public Optional<SecretStore> unlocked() {
        return Optional.ofNullable(unlocked);
    }

    @Override
    public PlatformConnector connector(SecretStore secrets) {
        return Connectors.platform(secrets);
    }

    @Override
    public PushTargetFactory pushTargets(SecretStore secrets) {
        return Connectors.pushTargets(secrets);
    }
}
