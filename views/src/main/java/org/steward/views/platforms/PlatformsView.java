package org.steward.views.platforms;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.steward.model.platform.ConnectionDiagnosis;
import org.steward.model.platform.PlatformEndpoint;
import org.steward.views.common.Glyph;
import org.steward.views.shell.AreaContext;
import org.steward.views.shell.AreaView;

/**
 * The Platforms area: the Apache Atlas connections on the left; on the right the selected one's settings, "Test
 * connection" with its diagnosis, and "Pull from Atlas" into the open workspace.
 */
public final class PlatformsView implements AreaView {
    private final PlatformsViewModel model;
    private final SplitPane root;

    public PlatformsView(AreaContext context) {
        this(new PlatformsViewModel(java.util.Objects.requireNonNull(context.shell().platforms(),
                "this window was built without platform access"), context.session().workspace(),
                context.session().user(), context.executor(), new MasterPasswordPromptOnWindow()));
    }

    PlatformsView(PlatformsViewModel model) {
        this.model = model;
        root = new SplitPane(connections(), details());
        root.setId("platforms-view");
        root.getStyleClass().add("platforms-view");
        root.setDividerPositions(0.24);
        if (model.prompt() instanceof MasterPasswordPromptOnWindow onWindow) {
            onWindow.attach(root);
        }
        model.refresh();
        if (model.endpoints().isEmpty()) {
            model.newConnection();
        }
    }

    public PlatformsViewModel viewModel() {
        return model;
    }

    private Node connections() {
        Label title = new Label("Atlas connections");
        title.getStyleClass().add("pane-title");
        ListView<PlatformEndpoint> list = new ListView<>(model.endpoints());
        list.setId("platforms-list");
        list.setPlaceholder(new Label("No connections yet.\nFill in the form and save."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(PlatformEndpoint endpoint, boolean empty) {
                super.updateItem(endpoint, empty);
                if (empty || endpoint == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = new Label(endpoint.name());
                name.getStyleClass().add(Styles.TEXT_BOLD);
                Label url = new Label(endpoint.url().toString());
                url.getStyleClass().addAll("muted", Styles.TEXT_SMALL);
                setGraphic(new VBox(2, name, url));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((observable, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(now);
            }
        });
        Button add = new Button("New", Glyph.ADD.icon());
        add.setId("platforms-new");
        add.setOnAction(event -> model.newConnection());
        Button remove = new Button("Remove", Glyph.REMOVE.icon());
        remove.setId("platforms-remove");
        remove.disableProperty().bind(model.selectedProperty().isNull());
        remove.setOnAction(event -> model.delete());
        VBox box = new VBox(8, title, list, new HBox(8, add, remove));
        box.setPadding(new Insets(10));
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    private Node details() {
        Label heading = new Label("Apache Atlas connection");
        heading.getStyleClass().add(Styles.TITLE_3);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.getColumnConstraints().addAll(new ColumnConstraints(150), new ColumnConstraints(200, 460, 700));
        TextField name = field("platform-name", model.nameProperty(), "e.g. prod");
        TextField url = field("platform-url", model.urlProperty(), "https://atlas.example.com:21443");
        ChoiceBox<AuthKind> auth = new ChoiceBox<>();
        auth.setId("platform-auth");
        auth.getItems().setAll(AuthKind.values());
        auth.valueProperty().bindBidirectional(model.authKindProperty());
        TextField user = field("platform-user", model.userNameProperty(), "user name");
        user.disableProperty().bind(model.authKindProperty().isEqualTo(AuthKind.BEARER));
        PasswordField secret = new PasswordField();
        secret.setId("platform-secret");
        secret.textProperty().bindBidirectional(model.secretProperty());
        secret.setPromptText("stored encrypted; leave empty to keep the saved one");
        TextField ca = field("platform-ca", model.caFileProperty(), "optional PEM file of a private CA");
        Button browse = new Button("Browse…");
        browse.setOnAction(event -> chooseCa());
        HBox caRow = new HBox(6, ca, browse);
        HBox.setHgrow(ca, Priority.ALWAYS);
        TextField connect = field("platform-connect-timeout", model.connectTimeoutProperty(), "seconds");
        connect.setPrefColumnCount(5);
        TextField read = field("platform-read-timeout", model.readTimeoutProperty(), "seconds");
        read.setPrefColumnCount(5);
        Label secretLabel = new Label();
        secretLabel.textProperty().bind(Bindings.when(model.authKindProperty().isEqualTo(AuthKind.BEARER))
                .then("Token:").otherwise("Password:"));
        int row = 0;
        form.addRow(row++, new Label("Name:"), name);
        form.addRow(row++, new Label("URL:"), url);
        form.addRow(row++, new Label("Sign in with:"), auth);
        form.addRow(row++, new Label("User:"), user);
        form.addRow(row++, secretLabel, secret);
        form.addRow(row++, new Label("Extra CA file:"), caRow);
        HBox timeouts = new HBox(8, new Label("connect"), connect, new Label("read"), read);
        timeouts.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        form.addRow(row++, new Label("Timeouts (s):"), timeouts);
        Button save = new Button("Save", Glyph.SAVE.icon());
        save.setId("platform-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.setOnAction(event -> model.save());
        Button test = new Button("Test connection", Glyph.CONNECTION.icon());
        test.setId("platform-test");
        test.disableProperty().bind(model.busyProperty());
        test.setOnAction(event -> model.test());
        VBox diagnosis = new VBox(4);
        diagnosis.setId("platform-diagnosis");
        model.diagnosisProperty().addListener((observable, old, now) -> showDiagnosis(diagnosis, now));

        Label pullHeading = new Label("Pull into this workspace");
        pullHeading.getStyleClass().add(Styles.TITLE_4);
        Label pullHelp = new Label("Type definitions, entities with their classifications and glossary terms, and the"
                + " lineage of the entities named below. Later pulls ask only for what changed since the last one.");
        pullHelp.setWrapText(true);
        pullHelp.getStyleClass().add("muted");
        GridPane pullForm = new GridPane();
        pullForm.setHgap(10);
        pullForm.setVgap(8);
        pullForm.getColumnConstraints().addAll(new ColumnConstraints(150), new ColumnConstraints(200, 460, 700));
        pullForm.addRow(0, new Label("Entity types:"), field("pull-types", model.pullTypesProperty(),
                "all dataset, column and process types; or e.g. hive_table, hive_column"));
        pullForm.addRow(1, new Label("Lineage of:"), field("pull-lineage", model.pullLineageProperty(),
                "qualified names, comma separated (optional)"));
        CheckBox full = new CheckBox("Pull everything, not only what changed since the last pull");
        full.setId("pull-full");
        full.selectedProperty().bindBidirectional(model.pullFullProperty());
        pullForm.add(full, 1, 2);
        Button pull = new Button("Pull from Atlas…", Glyph.PULL.icon());
        pull.setId("platform-pull");
        pull.disableProperty().bind(model.busyProperty().or(model.selectedProperty().isNull()));
        pull.setTooltip(new Tooltip("Runs in the background; the status bar shows progress and can cancel it."));
        pull.setOnAction(event -> model.pull());

        Label message = new Label();
        message.setId("platform-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        style(message, model.messageIsErrorProperty().get());
        model.messageIsErrorProperty().addListener((observable, old, now) -> style(message, now));

        VBox content = new VBox(12, heading, form, new HBox(8, save, test), diagnosis, new Separator(), pullHeading,
                pullHelp, pullForm, pull, message);
        content.setPadding(new Insets(16));
        content.setMaxWidth(820);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        field.setPromptText(prompt);
        return field;
    }

    private static void showDiagnosis(VBox box, ConnectionDiagnosis diagnosis) {
        box.getChildren().clear();
        if (diagnosis == null) {
            return;
        }
        Label summary = new Label(diagnosis.summary(), (diagnosis.ok() ? Glyph.CONNECTION : Glyph.WARNING).icon());
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        style(summary, !diagnosis.ok());
        box.getChildren().add(summary);
        for (String step : diagnosis.steps()) {
            Label line = new Label("• " + step);
            line.setWrapText(true);
            line.getStyleClass().add("muted");
            box.getChildren().add(line);
        }
    }

    private static void style(Label label, boolean error) {
        label.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
        label.getStyleClass().add(error ? Styles.DANGER : Styles.SUCCESS);
    }

    private void chooseCa() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("CA certificates (PEM)");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Certificates", "*.pem", "*.crt",
                "*.cer"), new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (chosen != null) {
            model.caFileProperty().set(chosen.getAbsolutePath());
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
    }

    /** The master-password dialog, owned by the window the view is shown in. */
    private static final class MasterPasswordPromptOnWindow implements MasterPasswordPrompt {
        private Node anchor;

        void attach(Node node) {
            this.anchor = node;
        }

        @Override
        public java.util.Optional<char[]> ask(boolean creating) {
            return new MasterPasswordDialog(anchor == null || anchor.getScene() == null ? null
                    : anchor.getScene().getWindow()).ask(creating);
        }
    }
}
