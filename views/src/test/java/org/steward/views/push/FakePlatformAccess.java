package org.steward.views.push;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.steward.model.platform.MemorySecretStore;
import org.steward.model.platform.PlatformAccess;
import org.steward.model.platform.PlatformAuth;
import org.steward.model.platform.PlatformConnector;
import org.steward.model.platform.PlatformEndpoint;
import org.steward.model.platform.PlatformException;
import org.steward.model.platform.PlatformRegistry;
import org.steward.model.platform.SecretStore;
import org.steward.model.push.PushTarget;
import org.steward.model.push.PushTargetFactory;

/** One saved Atlas connection whose push target is the given one; the store unlocks with "master". */
final class FakePlatformAccess implements PlatformAccess {
    private final PushTarget target;
    private final String name;
    private SecretStore unlocked;

    FakePlatformAccess(String name, PushTarget target) {
        this.name = name;
        this.target = target;
    }

    @Override
    public PlatformRegistry registry() {
        return new PlatformRegistry() {
            @Override
            public List<PlatformEndpoint> endpoints() {
                return List.of(PlatformEndpoint.atlas(name, URI.create("http://localhost:21000"),
                        new PlatformAuth.Basic("admin", PlatformEndpoint.secretRefFor(name))));
            }

            @Override
            public void save(PlatformEndpoint endpoint) {
            }

            @Override
            public void remove(String endpoint) {
            }
        };
    }

    @Override
    public boolean credentialStoreExists() {
        return true;
    }

    @Override
    public SecretStore unlock(char[] masterPassword) {
        if (!"master".equals(new String(masterPassword))) {
            throw new PlatformException("The master password does not open the credential store.");
        }
        unlocked = new MemorySecretStore();
        return unlocked;
    }

    @Override
    public Optional<SecretStore> unlocked() {
        return Optional.ofNullable(unlocked);
    }

    @Override
    public PlatformConnector connector(SecretStore secrets) {
        throw new UnsupportedOperationException("no pulls in push tests");
    }

    @Override
    public PushTargetFactory pushTargets(SecretStore secrets) {
        return endpoint -> target;
    }
}
