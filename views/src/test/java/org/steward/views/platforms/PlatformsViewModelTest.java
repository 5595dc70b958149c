package org.steward.views.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.steward.model.ingest.IngestResult;
import org.steward.model.platform.ConnectionDiagnosis;
import org.steward.model.platform.MemorySecretStore;
import org.steward.model.platform.PlatformAccess;
import org.steward.model.platform.PlatformAuth;
import org.steward.model.platform.PlatformConnector;
import org.steward.model.platform.PlatformEndpoint;
import org.steward.model.platform.PlatformException;
import org.steward.model.platform.PlatformRegistry;
import org.steward.model.platform.PullRequest;
import org.steward.model.platform.PullResult;
import org.steward.model.platform.SecretStore;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.workspace.Workspace;
import org.steward.views.task.SameThreadTaskExecutor;

class PlatformsViewModelTest {
    private final Workspace workspace = Workspace.inMemory("platforms");
    private final FakeAccess access = new FakeAccess();
    private final AtomicInteger prompts = new AtomicInteger();
    private final PlatformsViewModel model = new PlatformsViewModel(access, workspace, "ana",
            new SameThreadTaskExecutor(), creating -> {
                prompts.incrementAndGet();
                return Optional.of("master".toCharArray());
            });

    @AfterEach
    void close() {
        workspace.close();
    }

    private void fill() {
        model.newConnection();
        model.nameProperty().set("prod");
        model.urlProperty().set("https://atlas.example.com:21443");
        model.userNameProperty().set("admin");
        model.secretProperty().set("pw-123");
    }

    @Test
    void savingPutsTheSecretInTheStoreAndTheSettingsInTheRegistry() {
        fill();
        model.save();

        assertThat(prompts).hasValue(1);
        assertThat(access.saved).extracting(PlatformEndpoint::name).containsExactly("prod");
        assertThat(access.saved.get(0).auth()).isEqualTo(new PlatformAuth.Basic("admin", "platform/prod"));
        assertThat(access.store.secret("platform/prod")).hasValueSatisfying(
                secret -> assertThat(new String(secret)).isEqualTo("pw-123"));
        assertThat(model.secretProperty().get()).isEmpty();
        assertThat(model.endpoints()).hasSize(1);
        assertThat(model.selectedProperty().get().name()).isEqualTo("prod");
        assertThat(model.messageIsErrorProperty().get()).isFalse();
    }

    @Test
    void aBadUrlIsAMessageAndSavesNothing() {
        fill();
        model.urlProperty().set("atlas.example.com");
        model.save();

        assertThat(access.saved).isEmpty();
        assertThat(model.messageIsErrorProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).contains("must be http(s)://");
        assertThat(prompts).hasValue(0);
    }

    @Test
    void testUsesTheTypedSecretWithoutUnlockingTheStore() {
        fill();
        model.test();

        assertThat(prompts).hasValue(0);
        assertThat(access.lastSecret.get()).isEqualTo("pw-123");
        assertThat(model.diagnosisProperty().get().ok()).isTrue();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void pullRunsTheConnectorIntoTheWorkspaceAndReportsTheCounts() {
        fill();
        model.save();
        model.pullTypesProperty().set("hive_table, hive_column");
        model.pullLineageProperty().set("db.t@cl");
        model.pull();

        assertThat(access.lastRequest.get()).isEqualTo(new PullRequest(List.of("hive_table", "hive_column"), false,
                List.of("db.t@cl")));
        assertThat(model.messageProperty().get()).startsWith("Pulled 12 entities from prod");
        assertThat(model.lastPullProperty().get().entities()).isEqualTo(12);
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aFailedPullSaysWhyAndThatTheWorkspaceIsUnchanged() {
        fill();
        model.save();
        access.failPull = true;
        model.pull();

        assertThat(model.messageIsErrorProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).contains("credentials rejected").contains("as it was");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aWrongMasterPasswordIsAMessage() {
        access.wrongPassword = true;
        fill();
        model.save();

        assertThat(access.saved).isEmpty();
        assertThat(model.messageProperty().get()).contains("does not open");
    }

    private static final class FakeAccess implements PlatformAccess, PlatformRegistry {
        final List<PlatformEndpoint> saved = new ArrayList<>();
        final MemorySecretStore store = new MemorySecretStore();
        final AtomicReference<String> lastSecret = new AtomicReference<>();
        final AtomicReference<PullRequest> lastRequest = new AtomicReference<>();
        boolean unlocked;
        boolean wrongPassword;
        boolean failPull;

        @Override
        public PlatformRegistry registry() {
            return this;
        }

        @Override
        public List<PlatformEndpoint> endpoints() {
            return List.copyOf(saved);
        }

        @Override
        public void save(PlatformEndpoint endpoint) {
            saved.removeIf(earlier -> earlier.name().equals(endpoint.name()));
            saved.add(endpoint);
        }

        @Override
        public void remove(String name) {
            saved.removeIf(earlier -> earlier.name().equals(name));
        }

        @Override
        public boolean credentialStoreExists() {
            return unlocked;
        }

        @Override
        public SecretStore unlock(char[] masterPassword) {
            if (wrongPassword) {
                throw new PlatformException("the master password does not open credentials.p12");
            }
            unlocked = true;
            return store;
        }

        @Override
        public Optional<SecretStore> unlocked() {
            return unlocked ? Optional.of(store) : Optional.empty();
        }

        @Override
        public PlatformConnector connector(SecretStore secrets) {
            return new PlatformConnector() {
                @Override
                public String kind() {
                    return PlatformEndpoint.ATLAS;
                }

                @Override
                public ConnectionDiagnosis test(PlatformEndpoint endpoint, ProgressMonitor monitor) {
                    lastSecret.set(new String(secrets.secret(endpoint.auth().secretRef()).orElseThrow()));
                    return new ConnectionDiagnosis(true, "Connected to Apache Atlas 2.4.0.", List.of("DNS ok"),
                            Optional.of("2.4.0"));
                }

                @Override
                public PullResult pull(Workspace workspace, PlatformEndpoint endpoint, PullRequest request,
                                       String actor, ProgressMonitor monitor) {
                    if (failPull) {
                        throw new PlatformException("Atlas prod: credentials rejected (HTTP 401).");
                    }
                    lastRequest.set(request);
                    return new PullResult(endpoint.name(), 12, 1, 3, false, 5L,
                            new IngestResult(12, 0, 0, 0, 2, 40), 30, 90);
                }
            };
        }
    }
}
