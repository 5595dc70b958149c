package org.steward.views.platforms;

import java.util.Optional;

/** Asks the user for the credential store's master password; empty when they cancel. */
@FunctionalInterface
public interface MasterPasswordPrompt {

    /** @param creating whether the store does not exist yet (the password being chosen now) */
    Optional<char[]> ask(boolean creating);
}
