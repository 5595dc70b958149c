package org.steward.model.platform;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Secrets held only in memory for one run (a password typed for a one-off pull); nothing is written anywhere. */
public final class MemorySecretStore implements SecretStore {
    private final Map<String, char[]> secrets = new ConcurrentHashMap<>();

    @Override
    public Optional<char[]> secret(String ref) {
        char[] secret = secrets.get(ref);
        return secret == null ? Optional.empty() : Optional.of(secret.clone());
    }

    @Override
    public void put(String ref, char[] secret) {
        char[] earlier = secrets.put(ref, secret.clone());
        if (earlier != null) {
            Arrays.fill(earlier, '\0');
        }
    }

    @Override
    public void remove(String ref) {
        char[] earlier = secrets.remove(ref);
        if (earlier != null) {
            Arrays.fill(earlier, '\0');
        }
    }

    @Override
    public Set<String> refs() {
        return Set.copyOf(secrets.keySet());
    }
}
