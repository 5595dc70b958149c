package org.steward.views.platforms;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.model.platform.ConnectionDiagnosis;
import org.steward.model.platform.MemorySecretStore;
import org.steward.model.platform.PlatformAccess;
import org.steward.model.platform.PlatformAuth;
import org.steward.model.platform.PlatformEndpoint;
import org.steward.model.platform.PlatformException;
import org.steward.model.platform.PullRequest;
import org.steward.model.platform.PullResult;
import org.steward.model.platform.SecretStore;
import org.steward.model.task.CancelledException;
import org.steward.model.workspace.Workspace;
import org.steward.views.task.BackgroundJob;
import org.steward.views.task.TaskExecutor;

/**
 * The Platforms area's state: the saved connections, the form of the one being edited, the last diagnosis and
 * the pull options. Tests and pulls run as background jobs; the UI thread never waits on the network. Secrets go
 * to the credential store only, unlocked with the master password the prompt asks for.
 */
public final class PlatformsViewModel {
    private final PlatformAccess access;
    private final Workspace workspace;
    private final String user;
    private final TaskExecutor executor;
    private final MasterPasswordPrompt prompt;

    private final ObservableList<PlatformEndpoint> endpoints = FXCollections.observableArrayList();
    private final ObjectProperty<PlatformEndpoint> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final ObjectProperty<AuthKind> authKind = new SimpleObjectProperty<>(this, "authKind", AuthKind.BASIC);
    private final StringProperty userName = new SimpleStringProperty(this, "userName", "");
    private final StringProperty secret = new SimpleStringProperty(this, "secret", "");
    private final StringProperty caFile = new SimpleStringProperty(this, "caFile", "");
    private final StringProperty connectTimeout = new SimpleStringProperty(this, "connectTimeout", "10");
    private final StringProperty readTimeout = new SimpleStringProperty(this, "readTimeout", "60");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty(this, "messageIsError");
    private final ObjectProperty<ConnectionDiagnosis> diagnosis = new SimpleObjectProperty<>(this, "diagnosis");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty pullTypes = new SimpleStringProperty(this, "pullTypes", "");
    private final StringProperty pullLineage = new SimpleStringProperty(this, "pullLineage", "");
    private final BooleanProperty pullFull = new SimpleBooleanProperty(this, "pullFull");
    private final ObjectProperty<PullResult> lastPull = new SimpleObjectProperty<>(this, "lastPull");

    public PlatformsViewModel(PlatformAccess access, Workspace workspace, String user, TaskExecutor executor,
                              MasterPasswordPrompt prompt) {
        this.access = access;
        this.workspace = workspace;
        this.user = user;
        this.executor = executor;
        this.prompt = prompt;
        selected.addListener((observable, old, now) -> load(now));
    }

    public void refresh() {
        PlatformEndpoint keep = selected.get();
        endpoints.setAll(access.registry().endpoints());
        if (keep != null) {
            endpoints.stream().filter(endpoint -> endpoint.name().equals(keep.name())).findFirst()
                    .ifPresentOrElse(selected::set, () -> selected.set(null));
        } else if (!endpoints.isEmpty()) {
            selected.set(endpoints.get(0));
        }
    }

    /** Empties the form for a new connection. */
    public void newConnection() {
        selected.set(null);
        load(null);
        url.set("https://");
    }

    private void load(PlatformEndpoint endpoint) {
        diagnosis.set(null);
        secret.set("");
        if (endpoint == null) {
            name.set("");
            url.set("");
            authKind.set(AuthKind.BASIC);
            userName.set("");
            caFile.set("");
            connectTimeout.set(Long.toString(PlatformEndpoint.DEFAULT_CONNECT_TIMEOUT.toSeconds()));
            readTimeout.set(Long.toString(PlatformEndpoint.DEFAULT_READ_TIMEOUT.toSeconds()));
            return;
        }
        name.set(endpoint.name());
        url.set(endpoint.url().toString());
        if (endpoint.auth() instanceof PlatformAuth.Basic basic) {
            authKind.set(AuthKind.BASIC);
            userName.set(basic.user());
        } else {
            authKind.set(AuthKind.BEARER);
            userName.set("");
        }
        caFile.set(endpoint.caFile().map(Path::toString).orElse(""));
        connectTimeout.set(Long.toString(endpoint.connectTimeout().toSeconds()));
        readTimeout.set(Long.toString(endpoint.readTimeout().toSeconds()));
    }

    /** The connection the form describes; a mistake is shown as the message and gives empty. */
    Optional<PlatformEndpoint> formEndpoint() {
        try {
            String ref = PlatformEndpoint.secretRefFor(name.get().strip());
            PlatformAuth auth = authKind.get() == AuthKind.BEARER ? new PlatformAuth.Bearer(ref)
                    : new PlatformAuth.Basic(userName.get().strip(), ref);
            String ca = caFile.get().strip();
            return Optional.of(new PlatformEndpoint(name.get().strip(), PlatformEndpoint.ATLAS,
                    URI.create(url.get().strip()), auth, ca.isEmpty() ? Optional.empty() : Optional.of(Path.of(ca)),
                    Duration.ofSeconds(seconds(connectTimeout.get(), "connect timeout")),
                    Duration.ofSeconds(seconds(readTimeout.get(), "read timeout"))));
        } catch (IllegalArgumentException e) {
            error(e.getMessage());
            return Optional.empty();
        }
    }

    private static long seconds(String text, String what) {
        try {
            long value = Long.parseLong(text.strip());
            if (value < 1 || value > 3600) {
                throw new IllegalArgumentException("the " + what + " is 1 to 3600 seconds");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + what + " must be a number of seconds, not '" + text + "'");
        }
    }

    /** Saves the form; a password or token typed in goes to the credential store, never to the settings. */
    public void save() {
        Optional<PlatformEndpoint> endpoint = formEndpoint();
        if (endpoint.isEmpty()) {
            return;
        }
        if (!secret.get().isEmpty()) {
            Optional<SecretStore> store = store();
            if (store.isEmpty()) {
                return;
            }
            char[] typed = secret.get().toCharArray();
            try {
                store.get().put(endpoint.get().auth().secretRef(), typed);
            } catch (RuntimeException e) {
                error(e.getMessage());
                return;
            } finally {
                Arrays.fill(typed, '\0');
            }
            secret.set("");
        }
        PlatformEndpoint earlier = selected.get();
        access.registry().save(endpoint.get());
        if (earlier != null && !earlier.name().equals(endpoint.get().name())) {
            access.registry().remove(earlier.name());
        }
        endpoints.setAll(access.registry().endpoints());
        endpoints.stream().filter(saved -> saved.name().equals(endpoint.get().name())).findFirst()
                .ifPresent(selected::set);
        info("Saved " + endpoint.get().name() + ".");
    }

    /** Removes the selected connection and its stored secret. */
    public void delete() {
        PlatformEndpoint endpoint = selected.get();
        if (endpoint == null) {
            return;
        }
        access.registry().remove(endpoint.name());
        access.unlocked().ifPresent(store -> store.remove(endpoint.auth().secretRef()));
        selected.set(null);
        endpoints.setAll(access.registry().endpoints());
        info("Removed " + endpoint.name() + ".");
    }

    /** Tests the connection as the form describes it, with the typed secret or else the stored one. */
    public void test() {
        Optional<PlatformEndpoint> endpoint = formEndpoint();
        if (endpoint.isEmpty()) {
            return;
        }
        Optional<SecretStore> secrets = secretsFor(endpoint.get());
        if (secrets.isEmpty()) {
            return;
        }
        busy.set(true);
        diagnosis.set(null);
        info("Testing " + endpoint.get().url() + "…");
        executor.execute(new BackgroundJob<ConnectionDiagnosis>("Test connection to " + endpoint.get().name(),
                monitor -> access.connector(secrets.get()).test(endpoint.get(), monitor), result -> {
                    busy.set(false);
                    diagnosis.set(result);
                    info("");
                }, failure -> {
                    busy.set(false);
                    error(failure.getMessage());
                }, true));
    }

    /** Pulls from the selected, saved connection into the workspace, as a background job with progress and cancel. */
    public void pull() {
        PlatformEndpoint endpoint = selected.get();
        if (endpoint == null) {
            error("Save the connection before pulling from it.");
            return;
        }
        if (workspace == null) {
            error("Open a workspace to pull into.");
            return;
        }
        Optional<SecretStore> secrets = store();
        if (secrets.isEmpty()) {
            return;
        }
        PullRequest request = new PullRequest(list(pullTypes.get()), pullFull.get(), list(pullLineage.get()));
        busy.set(true);
        info("Pulling from " + endpoint.name() + "…");
        executor.execute(new BackgroundJob<PullResult>("Pull from Atlas " + endpoint.name(),
                monitor -> access.connector(secrets.get()).pull(workspace, endpoint, request, user, monitor),
                result -> {
                    busy.set(false);
                    lastPull.set(result);
                    info(String.format("Pulled %,d entities from %s in %.1f s: %,d new, %,d updated, %,d unchanged%s.",
                            result.entities(), result.endpoint(), result.totalMillis() / 1000.0,
                            result.ingest().inserted(), result.ingest().updated(), result.ingest().unchanged(),
                            result.incremental() ? " (changes since the last pull)" : ""));
                }, failure -> {
                    busy.set(false);
                    if (failure instanceof CancelledException) {
                        info("Pull cancelled; the workspace is as it was.");
                    } else {
                        error(failure.getMessage() + " The workspace is as it was.");
                    }
                }, true));
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    private Optional<SecretStore> secretsFor(PlatformEndpoint endpoint) {
        if (!secret.get().isEmpty()) {
            MemorySecretStore typed = new MemorySecretStore();
            char[] chars = secret.get().toCharArray();
            typed.put(endpoint.auth().secretRef(), chars);
            Arrays.fill(chars, '\0');
            return Optional.of(typed);
        }
        return store();
    }

    /** The unlocked credential store, asking for the master password if needed. */
    private Optional<SecretStore> store() {
        Optional<SecretStore> open = access.unlocked();
        if (open.isPresent()) {
            return open;
        }
        boolean creating = !access.credentialStoreExists();
        Optional<char[]> password = prompt.ask(creating);
        if (password.isEmpty()) {
            info("The credential store stays locked.");
            return Optional.empty();
        }
        try {
            return Optional.of(access.unlock(password.get()));
        } catch (PlatformException e) {
            error(e.getMessage());
            return Optional.empty();
        } finally {
            Arrays.fill(password.get(), '\0');
        }
    }

    private void info(String text) {
        messageIsError.set(false);
        message.set(text);
    }

    private void error(String text) {
        messageIsError.set(true);
        message.set(text);
    }

    public ObservableList<PlatformEndpoint> endpoints() {
        return endpoints;
    }

    public ObjectProperty<PlatformEndpoint> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public ObjectProperty<AuthKind> authKindProperty() {
        return authKind;
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty secretProperty() {
        return secret;
    }

    public StringProperty caFileProperty() {
        return caFile;
    }

    public StringProperty connectTimeoutProperty() {
        return connectTimeout;
    }

    public StringProperty readTimeoutProperty() {
        return readTimeout;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty messageIsErrorProperty() {
        return messageIsError;
    }

    public ObjectProperty<ConnectionDiagnosis> diagnosisProperty() {
        return diagnosis;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty pullTypesProperty() {
        return pullTypes;
    }

    public StringProperty pullLineageProperty() {
        return pullLineage;
    }

    public BooleanProperty pullFullProperty() {
        return pullFull;
    }

    public ObjectProperty<PullResult> lastPullProperty() {
        return lastPull;
    }

    MasterPasswordPrompt prompt() {
        return prompt;
    }

    public boolean hasWorkspace() {
        return workspace != null;
    }
}
