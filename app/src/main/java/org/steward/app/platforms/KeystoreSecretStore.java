package org.steward.app.platforms;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.steward.app.UserError;
import org.steward.model.platform.SecretStore;

/**
 * Secrets in a PKCS12 keystore under the user's data folder, each a {@code SecretKeyEntry} protected (like the
 * file's integrity) by the master password. The file is only readable by its owner where the file system allows,
 * written through a temporary file, and never holds anything in plain text.
 */
public final class KeystoreSecretStore implements SecretStore {
    public static final String FILE_NAME = "credentials.p12";
    private static final String KEY_ALGORITHM = "HmacSHA256";

    private final Path file;
    private final char[] master;
    private final KeyStore store;

    private KeystoreSecretStore(Path file, char[] master, KeyStore store) {
        this.file = file;
        this.master = master;
        this.store = store;
    }

    /**
     * Opens the keystore, or starts a new one that the first {@link #put} writes.
     *
     * @throws UserError when the master password does not open an existing keystore
     */
    public static KeystoreSecretStore open(Path file, char[] masterPassword) {
        if (masterPassword.length == 0) {
            throw new UserError("the master password of " + file + " must not be empty");
        }
        char[] master = masterPassword.clone();
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    store.load(in, master);
                }
            } else {
                store.load(null, master);
            }
            return new KeystoreSecretStore(file, master, store);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage())
                    .contains("password")) {
                throw new UserError("the master password does not open " + file);
            }
            throw new UserError("cannot read the credential store " + file + ": " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new UserError("cannot read the credential store " + file + ": " + e.getMessage());
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<char[]> secret(String ref) {
        try {
            KeyStore.Entry entry = store.getEntry(ref, new KeyStore.PasswordProtection(master));
            if (!(entry instanceof KeyStore.SecretKeyEntry secretEntry)) {
                return Optional.empty();
            }
            byte[] bytes = secretEntry.getSecretKey().getEncoded();
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
            char[] secret = Arrays.copyOf(chars.array(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            Arrays.fill(bytes, (byte) 0);
            return Optional.of(secret);
        } catch (GeneralSecurityException e) {
            throw new UserError("cannot read the secret '" + ref + "' from " + file + ": " + e.getMessage());
        }
    }

    @Override
    public synchronized void put(String ref, char[] secret) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        try {
            SecretKey key = new SecretKeySpec(bytes, KEY_ALGORITHM);
            store.setEntry(ref, new KeyStore.SecretKeyEntry(key), new KeyStore.PasswordProtection(master));
        } catch (GeneralSecurityException e) {
            throw new UserError("cannot store the secret '" + ref + "': " + e.getMessage());
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        save();
    }

    @Override
    public synchronized void remove(String ref) {
        try {
            if (store.containsAlias(ref)) {
                store.deleteEntry(ref);
                save();
            }
        } catch (GeneralSecurityException e) {
            throw new UserError("cannot remove the secret '" + ref + "': " + e.getMessage());
        }
    }

    @Override
    public synchronized Set<String> refs() {
        try {
            return Collections.unmodifiableSet(new TreeSet<>(Collections.list(store.aliases())));
        } catch (GeneralSecurityException e) {
            throw new UserError("cannot list " + file + ": " + e.getMessage());
        }
    }

    private void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), FILE_NAME, ".tmp");
            try {
                restrict(temporary);
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    store.store(out, master);
                }
                try {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new UserError("cannot write the credential store " + file + ": " + e.getMessage());
        }
    }

    private static void restrict(Path path) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Windows: the file lives in the user's own profile folder, which other users cannot read.
        }
    }
}
