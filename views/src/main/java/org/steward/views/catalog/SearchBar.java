package org.steward.views.catalog;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.steward.model.catalog.EntityType;
import org.steward.views.common.Glyph;

/** The search field, the filters under it and the result count. */
final class SearchBar {
    private final CustomTextField field = new CustomTextField();
    private final VBox root;

    SearchBar(CatalogViewModel model, Runnable intoResults) {
        field.setId("search-field");
        field.setPromptText("Search names, columns, descriptions, owners, terms…");
        field.setLeft(Glyph.SEARCH.icon());
        field.setAccessibleText("Search the catalog");
        field.setTooltip(new Tooltip("Search the catalog (Ctrl+F)"));
        field.textProperty().bindBidirectional(model.searchTextProperty());
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN) {
                intoResults.run();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                field.clear();
                event.consume();
            }
        });
        HBox.setHgrow(field, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("search-busy");
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.searchingProperty());
        Label summary = new Label();
        summary.setId("result-summary");
        summary.getStyleClass().addAll("result-summary", "muted");
        summary.setMinWidth(Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());
        HBox searchRow = new HBox(8, field, busy, summary);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        FlowPane filters = new FlowPane(6, 6);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.getStyleClass().add("filter-row");
        Label filterLabel = new Label("", Glyph.FILTER.icon());
        filterLabel.setTooltip(new Tooltip("Filters"));
        filters.getChildren().add(filterLabel);
        for (EntityType type : EntityType.values()) {
            filters.getChildren().add(typeToggle(model, type));
        }
        filters.getChildren().add(picker(model.sources(), model.sourceProperty(), "Any source", "source-filter"));
        filters.getChildren().add(picker(model.classifications(), model.classificationProperty(),
                "Any classification", "classification-filter"));
        filters.getChildren().add(picker(model.owners(), model.ownerProperty(), "Any owner", "owner-filter"));
        ToggleButton suspected = new ToggleButton("Suspected PII, unclassified", Glyph.PRIVACY.icon());
        suspected.setId("suspected-filter");
        suspected.getStyleClass().add(Styles.SMALL);
        suspected.setTooltip(new Tooltip("Only entities that look like personal data but carry no classification"));
        suspected.selectedProperty().bindBidirectional(model.suspectedUnclassifiedOnlyProperty());
        Button clear = new Button("Clear");
        clear.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        clear.setOnAction(event -> model.clearFilters());
        filters.getChildren().addAll(suspected, clear);
        filters.getChildren().forEach(child -> {
            if (child instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        });

        root = new VBox(6, searchRow, filters);
        root.getStyleClass().add("search-bar");
    }

    VBox node() {
        return root;
    }

    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    private static ToggleButton typeToggle(CatalogViewModel model, EntityType type) {
        ToggleButton toggle = new ToggleButton(type.label(), Glyph.of(type).icon());
        toggle.setId("type-" + type.name().toLowerCase());
        toggle.getStyleClass().addAll(Styles.SMALL, "type-toggle");
        toggle.setTooltip(new Tooltip("Show " + type.label().toLowerCase() + "s; none selected shows every type"));
        toggle.setSelected(model.types().contains(type));
        toggle.selectedProperty().addListener((observable, old, selected) -> {
            if (selected) {
                model.types().add(type);
            } else {
                model.types().remove(type);
            }
        });
        model.types().addListener((SetChangeListener<EntityType>) change ->
                toggle.setSelected(model.types().contains(type)));
        return toggle;
    }

    private static ComboBox<String> picker(ObservableList<String> choices, StringProperty value, String any,
                                           String id) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getStyleClass().add(Styles.SMALL);
        box.setPromptText(any);
        box.setAccessibleText(any);
        box.setPrefWidth(160);
        Runnable fill = () -> {
            String keep = value.get();
            box.getItems().setAll(choices);
            box.getItems().add(0, null);
            box.setValue(keep);
        };
        choices.addListener((javafx.collections.ListChangeListener<String>) change -> fill.run());
        fill.run();
        Function<String, String> shown = item -> item == null ? any : item;
        box.setButtonCell(cell(shown, true));
        box.setCellFactory(list -> cell(shown, false));
        box.valueProperty().addListener((observable, old, now) -> value.set(now));
        value.addListener((observable, old, now) -> box.setValue(now));
        return box;
    }

    private static ListCell<String> cell(Function<String, String> shown, boolean button) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty && !button ? null : shown.apply(item));
            }
        };
    }
}
