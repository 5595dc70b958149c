package org.steward.model.platform;

import java.util.Optional;
import java.util.Set;

/**
 * Where passwords and tokens live, by reference; never the workspace, the preferences or a log. The app's
 * implementation is a PKCS12 keystore under the user's data folder, protected by a master password.
 */
public interface SecretStore {

    Optional<char[]> secret(String ref);

    void put(String ref, char[] secret);

    void remove(String ref);

    Set<String> refs();
}
