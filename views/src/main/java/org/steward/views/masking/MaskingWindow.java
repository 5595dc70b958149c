package org.steward.views.masking;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.steward.model.masking.MaskingFunction;
import org.steward.model.masking.RuleSource;
import org.steward.model.masking.SqlDialect;
import org.steward.views.common.Glyph;

/**
 * The masking window of one dataset: per column its labels, rule and samples before and after masking (rules can be
 * changed per column and per classification), and the DDL for PostgreSQL or Snowflake to copy or save.
 */
public final class MaskingWindow {
    private static final double ROW_HEIGHT = 22;
    private final MaskingViewModel model;
    private final Stage stage = new Stage();
    private final TableView<MaskingRow> columns = new TableView<>();
    private final TableView<ClassificationRuleRow> classifications = new TableView<>();

    public MaskingWindow(MaskingViewModel model, Window owner, String datasetName) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Masking — " + datasetName);
        Label title = new Label("Masking of " + datasetName);
        title.getStyleClass().add(Styles.TITLE_3);
        Label hint = new Label("Each column's rule comes from its classifications (the strictest wins) unless you"
                + " choose one. Samples show what readers of the masked view see.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox top = new VBox(4, title, hint, columnsTable(), classificationsSection());
        VBox.setVgrow(columns, Priority.ALWAYS);
        SplitPane split = new SplitPane(top, ddlSection());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.66);
        Label message = new Label();
        message.setId("masking-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        VBox root = new VBox(8, split, message);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        root.setId("masking-window");
        root.getStyleClass().addAll("steward-root", "masking-window");
        Scene scene = new Scene(root, 1440, 900);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            owner.getScene().getRoot().getPseudoClassStates().forEach(state -> root.pseudoClassStateChanged(state,
                    true));
        }
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private TableView<MaskingRow> columnsTable() {
        columns.setId("masking-columns");
        columns.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        columns.setItems(model.rows());
        columns.setAccessibleText("Columns and their masking");
        columns.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        columns.setPlaceholder(new Label("Loading the dataset's columns…"));
        columns.getColumns().add(column("Column", 140, row -> new Label(row.column().name())));
        columns.getColumns().add(column("Type", 100, row -> muted(row.column().dataType())));
        columns.getColumns().add(column("Classifications", 150, row -> muted(row.column().classifications().isEmpty()
                ? "—" : String.join(", ", row.column().classifications()))));
        columns.getColumns().add(column("Rule", 330, this::columnRulePicker));
        columns.getColumns().add(column("Sample → masked", 520, row -> {
            Label samples = new Label(row.column().samples().isEmpty() ? "no samples"
                    : String.join("\n", row.sampleLines()));
            samples.getStyleClass().add("masking-samples");
            samples.setTooltip(new Tooltip(row.column().source().label()));
            return samples;
        }));
        columns.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(MaskingRow row, boolean empty) {
                super.updateItem(row, empty);
                int lines = empty || row == null ? 1 : Math.max(1, row.column().samples().size());
                setPrefHeight(ROW_HEIGHT * lines + 8);
            }
        });
        return columns;
    }

    private Node columnRulePicker(MaskingRow row) {
        ComboBox<RuleChoice> picker = new ComboBox<>(FXCollections.observableArrayList(
                RuleChoice.all(model.defaultRuleLabel(row.column()))));
        picker.setId("rule-" + row.column().name());
        picker.setAccessibleText("Masking rule of " + row.column().name());
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setConverter(converter());
        boolean own = row.column().source() == RuleSource.COLUMN;
        picker.setValue(own ? RuleChoice.of(row.column().function().orElseThrow())
                : new RuleChoice(Optional.empty(), row.column().function().map(MaskingFunction::label)
                .map(label -> label + " (" + row.column().source().label() + ")").orElse("Unmasked")));
        picker.setOnAction(event -> {
            RuleChoice chosen = picker.getValue();
            if (chosen != null && !(chosen.function().isEmpty() && !own)) {
                model.setColumnRule(row.column(), chosen.function());
            }
        });
        return picker;
    }

    private Node classificationsSection() {
        classifications.setId("masking-classifications");
        classifications.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        classifications.setItems(model.classificationRules());
        classifications.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        classifications.setPlaceholder(new Label("No column of this dataset is classified."));
        classifications.setPrefHeight(130);
        classifications.setMinHeight(110);
        classifications.getColumns().add(column("Classification", 200, row -> new Label(row.classification())));
        classifications.getColumns().add(column("Columns here", 90, row -> muted(Long.toString(row.columns()))));
        classifications.getColumns().add(column("Rule everywhere in the workspace", 420, row -> {
            ComboBox<RuleChoice> picker = new ComboBox<>(FXCollections.observableArrayList(
                    RuleChoice.all("Taxonomy default")));
            picker.setId("classification-rule-" + row.classification());
            picker.setAccessibleText("Masking rule of " + row.classification());
            picker.setMaxWidth(Double.MAX_VALUE);
            picker.setConverter(converter());
            picker.setValue(row.chosen() ? RuleChoice.of(row.rule())
                    : new RuleChoice(Optional.empty(), row.rule().label() + " (" + row.source().label() + ")"));
            picker.setOnAction(event -> {
                RuleChoice chosen = picker.getValue();
                if (chosen != null && !(chosen.function().isEmpty() && !row.chosen())) {
                    model.setClassificationRule(row.classification(), chosen.function());
                }
            });
            return picker;
        }));
        Label heading = new Label("Rules per classification");
        heading.getStyleClass().add("section-title");
        return new VBox(4, heading, classifications);
    }

    private Node ddlSection() {
        ChoiceBox<SqlDialect> dialect = new ChoiceBox<>(FXCollections.observableArrayList(SqlDialect.values()));
        dialect.setId("ddl-dialect");
        dialect.setConverter(new StringConverter<>() {
            @Override
            public String toString(SqlDialect value) {
                return value == null ? "" : value.label();
            }

            @Override
            public SqlDialect fromString(String text) {
                return SqlDialect.byId(text).orElse(SqlDialect.POSTGRESQL);
            }
        });
        dialect.valueProperty().bindBidirectional(model.dialectProperty());
        CheckBox salt = new CheckBox("Include the salt");
        salt.setId("ddl-include-salt");
        salt.setTooltip(new Tooltip("Writes the workspace's secret salt into the script: keep the script as secret"
                + " as the data. Without it, hashed and tokenised columns read NULL until the salt is loaded."));
        salt.selectedProperty().bindBidirectional(model.includeSaltProperty());
        TextField roles = new TextField();
        roles.setId("ddl-roles");
        roles.setPromptText("roles that see real values");
        roles.setAccessibleText("Snowflake roles that see real values");
        roles.textProperty().bindBidirectional(model.unmaskedRolesProperty());
        Label rolesLabel = new Label("Unmasked roles:");
        rolesLabel.setLabelFor(roles);
        rolesLabel.visibleProperty().bind(model.dialectProperty().isEqualTo(SqlDialect.SNOWFLAKE));
        rolesLabel.managedProperty().bind(rolesLabel.visibleProperty());
        roles.visibleProperty().bind(rolesLabel.visibleProperty());
        roles.managedProperty().bind(rolesLabel.visibleProperty());
        Button copy = new Button("Copy", Glyph.COPY.icon());
        copy.setId("ddl-copy");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.ddlProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button save = new Button("Save…", Glyph.SAVE.icon());
        save.setId("ddl-save");
        save.setOnAction(event -> chooseFile().ifPresent(model::saveDdl));
        copy.disableProperty().bind(model.ddlProperty().isEmpty());
        save.disableProperty().bind(model.ddlProperty().isEmpty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label heading = new Label("DDL");
        heading.getStyleClass().add("section-title");
        HBox bar = new HBox(8, heading, dialect, salt, rolesLabel, roles, gap, copy, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        TextArea text = new TextArea();
        text.setId("ddl-text");
        text.setEditable(false);
        text.getStyleClass().add("ddl-text");
        text.setAccessibleText("Generated DDL");
        text.textProperty().bind(model.ddlProperty());
        VBox box = new VBox(6, bar, text);
        VBox.setVgrow(text, Priority.ALWAYS);
        return box;
    }

    private Optional<Path> chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save masking DDL");
        String name = model.planProperty().get() == null ? "masking" : model.planProperty().get().dataset().name();
        chooser.setInitialFileName(name + "-masking-" + model.dialectProperty().get().id().toLowerCase(Locale.ROOT)
                + ".sql");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("SQL script", "*.sql"));
        File file = chooser.showSaveDialog(stage);
        return Optional.ofNullable(file).map(File::toPath);
    }

    private static StringConverter<RuleChoice> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(RuleChoice choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public RuleChoice fromString(String text) {
                return null;
            }
        };
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        return label;
    }

    private static <R> TableColumn<R, R> column(String title, double width, Function<R, Node> render) {
        TableColumn<R, R> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : render.apply(item));
            }
        });
        return column;
    }
}
