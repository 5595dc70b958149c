package org.steward.app.platforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.app.UserError;

class KeystoreSecretStoreTest {
    private static final String SECRET = "pässwörd-with-ünïcode-42";

    @TempDir
    Path temp;

    @Test
    void secretsSurviveReopeningWithTheMasterPasswordAndAreNotInTheFileInPlainText() throws Exception {
        Path file = temp.resolve("credentials.p12");
        KeystoreSecretStore store = KeystoreSecretStore.open(file, "master-1".toCharArray());
        store.put("platform/prod", SECRET.toCharArray());
        store.put("platform/test", "token-abc".toCharArray());

        KeystoreSecretStore reopened = KeystoreSecretStore.open(file, "master-1".toCharArray());

        assertThat(reopened.refs()).containsExactly("platform/prod", "platform/test");
        assertThat(new String(reopened.secret("platform/prod").orElseThrow())).isEqualTo(SECRET);
        assertThat(reopened.secret("platform/none")).isEmpty();
        byte[] bytes = Files.readAllBytes(file);
        for (String plain : new String[] {SECRET, "token-abc", "master-1"}) {
            assertThat(contains(bytes, plain.getBytes(StandardCharsets.UTF_8))).as(plain).isFalse();
            assertThat(contains(bytes, plain.getBytes(StandardCharsets.UTF_16BE))).as(plain).isFalse();
        }
    }

    @Test
    void aWrongMasterPasswordIsRefusedAndChangesNothing() throws Exception {
        Path file = temp.resolve("credentials.p12");
        KeystoreSecretStore.open(file, "right".toCharArray()).put("platform/prod", SECRET.toCharArray());
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> KeystoreSecretStore.open(file, "wrong".toCharArray()))
                .isInstanceOf(UserError.class).hasMessageContaining("master password does not open " + file);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void removedSecretsAreGoneAfterReopening() {
        Path file = temp.resolve("credentials.p12");
        KeystoreSecretStore store = KeystoreSecretStore.open(file, "m".toCharArray());
        store.put("platform/prod", SECRET.toCharArray());
        store.remove("platform/prod");

        assertThat(KeystoreSecretStore.open(file, "m".toCharArray()).secret("platform/prod")).isEmpty();
    }

    @Test
    void theFileIsReadableByItsOwnerOnly() throws Exception {
        Path file = temp.resolve("credentials.p12");
        KeystoreSecretStore.open(file, "m".toCharArray()).put("platform/prod", SECRET.toCharArray());
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int start = 0; start + needle.length <= haystack.length; start++) {
            for (int index = 0; index < needle.length; index++) {
                if (haystack[start + index] != needle[index]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
