package org.steward.views.push;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.steward.model.platform.PlatformAccess;
import org.steward.model.platform.PlatformEndpoint;
import org.steward.model.platform.PlatformException;
import org.steward.model.platform.SecretStore;
import org.steward.model.push.PushTarget;
import org.steward.views.platforms.MasterPasswordPrompt;

/**
 * The Push area's way to the platforms: the saved Atlas connections, the credential store (unlocked with the master
 * password once per run, asked on the UI thread) and push targets opened with its secrets.
 */
public final class PushServices {
    private final PlatformAccess access;
    private final MasterPasswordPrompt prompt;

    /** @param access the app's platform access, or {@code null} where there is none */
    public PushServices(PlatformAccess access, MasterPasswordPrompt prompt) {
        this.access = access;
        this.prompt = prompt;
    }

    public List<String> endpointNames() {
        if (access == null) {
            return List.of();
        }
        return access.registry().endpoints().stream().filter(e -> PlatformEndpoint.ATLAS.equals(e.kind()))
                .map(PlatformEndpoint::name).toList();
    }

    /** Unlocks the credential store if locked (asking for the master password); empty when ready, else why not. */
    public Optional<String> unlock() {
        if (access == null) {
            return Optional.of("Platform connections are not available here.");
        }
        if (access.unlocked().isPresent()) {
            return Optional.empty();
        }
        Optional<char[]> password = prompt.ask(!access.credentialStoreExists());
        if (password.isEmpty()) {
            return Optional.of("Nothing was pushed: the credential store stays locked.");
        }
        try {
            access.unlock(password.get());
            return Optional.empty();
        } catch (PlatformException e) {
            return Optional.of(e.getMessage());
        } finally {
            Arrays.fill(password.get(), '\0');
        }
    }

    /** Opens a push target on the named connection; off the UI thread, after {@link #unlock}. */
    public PushTarget open(String endpointName) {
        PlatformEndpoint endpoint = access.registry().endpoint(endpointName).orElseThrow(() ->
                new PlatformException("There is no platform connection named " + endpointName + "."));
        SecretStore secrets = access.unlocked().orElseThrow(() ->
                new PlatformException("Unlock the credential store first (its master password)."));
        return access.pushTargets(secrets).open(endpoint);
    }
}
