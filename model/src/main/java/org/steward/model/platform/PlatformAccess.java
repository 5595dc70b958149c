package org.steward.model.platform;

import java.util.Optional;
import org.steward.model.push.PushTargetFactory;

/**
 * Everything the app's windows need to work with platforms: the saved connections, the credential store (locked
 * until the user gives the master password, then open for the rest of the run) and the connector.
 */
public interface PlatformAccess {

    PlatformRegistry registry();

    /** Whether the credential store exists yet; the first {@link #unlock} creates it with that password. */
    boolean credentialStoreExists();

    /**
     * Opens the credential store with the master password (creating it if there is none yet) and keeps it open.
     *
     * @throws PlatformException when the password does not open the existing store
     */
    SecretStore unlock(char[] masterPassword);

    /** The credential store if it was unlocked in this run. */
    Optional<SecretStore> unlocked();

    PlatformConnector connector(SecretStore secrets);

    /** Opens push targets on the connections, with secrets from {@code secrets}. */
    default PushTargetFactory pushTargets(SecretStore secrets) {
        return endpoint -> {
            throw new PlatformException("Pushing to " + endpoint.name() + " is not set up in this build.");
        };
    }
}
