package org.steward.app.platforms;

/** Lets tests in other packages search files for a secret the way {@link KeystoreSecretStoreTest} does. */
public final class KeystoreSecretStoreTestAccess {

    private KeystoreSecretStoreTestAccess() {
    }

    public static boolean contains(byte[] haystack, byte[] needle) {
        return KeystoreSecretStoreTest.contains(haystack, needle);
    }
}
