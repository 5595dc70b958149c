package org.steward.views.classification;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.steward.model.classification.suggest.ColumnSuggestion;
import org.steward.views.common.Glyph;
import org.steward.views.shell.AreaContext;
import org.steward.views.shell.AreaView;

/** The suggestion review queue: filter, select, preview propagation, accept or reject in bulk. */
public final class SuggestionsView implements AreaView {
    private final SuggestionsViewModel model;
    private final TableView<ColumnSuggestion> table = new TableView<>();
    private final BorderPane root = new BorderPane();

    public SuggestionsView(AreaContext context) {
        this(new SuggestionsViewModel(context.session(), context.executor()),
                new ClassifyActions(context.session(), context.executor(), context.navigator()));
    }

    SuggestionsView(SuggestionsViewModel model, ClassifyActions actions) {
        this.model = model;
        root.setId("suggestions-view");
        root.getStyleClass().add("suggestions-view");
        root.setTop(toolbar());
        PropagationPreviewPane preview = new PropagationPreviewPane(actions::showOnLineage);
        model.previewProperty().addListener((observable, old, now) -> preview.show(now));
        VBox side = new VBox(8, preview.node());
        side.setPadding(new Insets(8));
        SplitPane split = new SplitPane(table(), side);
        split.setDividerPositions(0.62);
        root.setCenter(split);
        model.scan();
    }

    private Node toolbar() {
        ComboBox<String> classes = new ComboBox<>(model.classes());
        classes.setId("suggestion-class-filter");
        classes.valueProperty().bindBidirectional(model.classificationProperty());
        classes.setAccessibleText("Only this classification");
        Slider confidence = new Slider(0.5, 1.0, model.minConfidenceProperty().get());
        confidence.setId("suggestion-confidence");
        confidence.setPrefWidth(120);
        confidence.setAccessibleText("Lowest confidence shown");
        confidence.valueProperty().bindBidirectional(model.minConfidenceProperty());
        Label confidenceText = new Label();
        confidenceText.textProperty().bind(model.minConfidenceProperty().multiply(100).asString("≥ %.0f%%"));
        TextField dataset = new TextField();
        dataset.setId("suggestion-dataset-filter");
        dataset.setPromptText("Dataset contains…");
        dataset.textProperty().bindBidirectional(model.datasetProperty());
        Button accept = button("accept-suggestions", "Accept", Glyph.ACCEPT,
                "Record the selected suggestions as pending classifications (Ctrl+Z undoes them all)",
                () -> model.accept(selected()));
        accept.getStyleClass().add(Styles.SUCCESS);
        Button reject = button("reject-suggestions", "Reject", Glyph.REJECT,
                "Reject the selected suggestions; they are not suggested again", () -> model.reject(selected()));
        Button acceptAll = button("accept-all-suggestions", "Accept all shown", Glyph.ACCEPT,
                "Accept every suggestion the filters show", () -> model.accept(List.copyOf(model.shown())));
        Button preview = button("preview-suggestions", "Preview propagation", Glyph.LINEAGE,
                "Where the selected suggestions would propagate once accepted", () -> model.previewAccept(selected()));
        Button rescan = button("rescan-suggestions", "Scan again", Glyph.SEARCH, "Run the detectors again",
                model::scan);
        ProgressBar progress = new ProgressBar();
        progress.visibleProperty().bind(model.scanningProperty());
        progress.managedProperty().bind(model.scanningProperty());
        Label status = new Label();
        status.setId("suggestions-status");
        status.getStyleClass().add("muted");
        status.textProperty().bind(model.statusProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox filters = new HBox(8, classes, confidence, confidenceText, dataset, gap, progress, status);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(8, accept, reject, acceptAll, preview, rescan);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("Classification suggestions");
        title.getStyleClass().add(Styles.TITLE_4);
        VBox bar = new VBox(8, title, filters, buttons);
        bar.setPadding(new Insets(10));
        bar.getStyleClass().add("suggestions-toolbar");
        return bar;
    }

    private Node table() {
        table.setId("suggestions-table");
        table.setItems(model.shown());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setAccessibleText("Suggestions");
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.scanningProperty())
                .then("Looking for personal data in unlabelled columns…")
                .otherwise("No suggestions: every column the detectors recognise is classified,"
                        + " or the filters hide them."));
        table.setPlaceholder(placeholder);
        table.getColumns().add(column("Dataset", 170, s -> {
            Label name = text(s.column().datasetName(), null);
            name.setTooltip(new Tooltip(s.column().datasetQualifiedName()));
            return name;
        }));
        table.getColumns().add(column("Column", 130, s -> text(s.column().name(), null)));
        table.getColumns().add(column("Suggested", 150, s -> {
            Label badge = new Label(s.classification());
            badge.getStyleClass().addAll("badge", "classification-badge", "suggested");
            return badge;
        }));
        table.getColumns().add(column("Confidence", 80, s -> text(String.format(Locale.ROOT, "%.0f%%",
                s.confidence() * 100), null)));
        table.getColumns().add(column("Detector", 110, s -> text(s.detector(), "muted")));
        table.getColumns().add(column("Evidence", 260, s -> text(s.suggestion().evidence(), null)));
        table.getColumns().add(column("Samples", 200, s -> text(String.join(", ", s.column().samples()), "muted")));
        return table;
    }

    private List<ColumnSuggestion> selected() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    private static Button button(String id, String text, Glyph glyph, String tip, Runnable action) {
        Button button = new Button(text, glyph.icon());
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Label text(String value, String style) {
        Label label = new Label(value);
        label.setTooltip(new Tooltip(value));
        if (style != null) {
            label.getStyleClass().add(style);
        }
        return label;
    }

    private static TableColumn<ColumnSuggestion, ColumnSuggestion> column(String title, double width,
                                                                         Function<ColumnSuggestion, Node> render) {
        TableColumn<ColumnSuggestion, ColumnSuggestion> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ColumnSuggestion item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : render.apply(item));
            }
        });
        return column;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focusSearch() {
        table.requestFocus();
    }

    @Override
    public void dispose() {
    }
}
