package org.steward.views.catalog;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.steward.model.catalog.Entity;
import org.steward.model.search.SearchField;
import org.steward.model.search.SearchHit;
import org.steward.views.common.Badges;
import org.steward.views.common.Glyph;
import org.steward.views.common.HighlightedText;

/** The virtualized table of search hits, with highlighted names, badges and where the query matched. */
final class ResultsTable {
    private static final double ROW_HEIGHT = 30;
    private static final long NONE = Long.MIN_VALUE;
    private final TableView<SearchHit> table = new TableView<>();
    private long lastSelectedId = NONE;

    ResultsTable(CatalogViewModel model, Runnable openDetails, Runnable backToSearch) {
        table.setId("results-table");
        table.setItems(model.hits());
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE, "results-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPlaceholder(new Label("No matches. Try fewer words or clear the filters."));
        table.setAccessibleText("Search results");
        table.getColumns().add(nameColumn());
        table.getColumns().add(column("Type", 80, hit -> label(typeText(hit.entity()), "muted")));
        table.getColumns().add(column("Source / location", 170, hit -> label(location(hit.entity()), "muted")));
        table.getColumns().add(column("Owner", 90, hit -> label(hit.entity().owner(), null)));
        table.getColumns().add(column("Classifications", 150,
                hit -> Badges.compactClassifications(hit.classifications())));
        table.getColumns().add(column("Matched in", 140, ResultsTable::matchedIn));
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        model.selectedHitProperty().bind(table.getSelectionModel().selectedItemProperty());
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> {
            if (now != null) {
                lastSelectedId = now.entity().id();
            }
        });
        model.hits().addListener((javafx.collections.ListChangeListener<SearchHit>) change -> keepSelection());
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openDetails.run();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                backToSearch.run();
                event.consume();
            }
        });
        table.setRowFactory(view -> {
            javafx.scene.control.TableRow<SearchHit> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    openDetails.run();
                }
            });
            return row;
        });
    }

    TableView<SearchHit> node() {
        return table;
    }

    /**
     * Results arriving late (a search still running when the user picked a row) keep the picked entity selected when
     * it is still among them, and a focused table keeps some row selected, so neither mouse nor keyboard get lost.
     */
    private void keepSelection() {
        if (lastSelectedId != NONE && table.getSelectionModel().isEmpty()) {
            table.getItems().stream().filter(hit -> hit.entity().id() == lastSelectedId).findFirst()
                    .ifPresent(hit -> table.getSelectionModel().select(hit));
        }
        if (table.isFocused() && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
            table.getFocusModel().focus(0);
        }
    }

    /** The entities of every selected row. */
    java.util.List<Entity> selectedEntities() {
        return table.getSelectionModel().getSelectedItems().stream().map(SearchHit::entity).toList();
    }

    /** All shown results' entities. */
    java.util.List<Entity> allEntities() {
        return table.getItems().stream().map(SearchHit::entity).toList();
    }

    int selectedCount() {
        return table.getSelectionModel().getSelectedItems().size();
    }

    int resultCount() {
        return table.getItems().size();
    }

    /** A context menu to classify the selected rows or every result. */
    void onClassify(java.util.function.Consumer<java.util.List<Entity>> classify) {
        javafx.scene.control.MenuItem selected = new javafx.scene.control.MenuItem("Classify selected…",
                Glyph.CLASSIFY.icon());
        selected.setOnAction(event -> classify.accept(selectedEntities()));
        javafx.scene.control.MenuItem all = new javafx.scene.control.MenuItem("Classify all results…");
        all.setOnAction(event -> classify.accept(table.getItems().stream().map(SearchHit::entity).toList()));
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(selected, all);
        menu.setOnShowing(event -> {
            selected.setText("Classify " + table.getSelectionModel().getSelectedItems().size() + " selected…");
            all.setText("Classify all " + table.getItems().size() + " results…");
        });
        table.setContextMenu(menu);
    }

    void focusFirst() {
        table.requestFocus();
        if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
            table.getSelectionModel().selectFirst();
            table.getFocusModel().focus(0);
        }
    }

    private TableColumn<SearchHit, SearchHit> nameColumn() {
        TableColumn<SearchHit, SearchHit> column = column("Name", 260, hit -> {
            javafx.scene.text.TextFlow name =
                    HighlightedText.of(hit.entity().name(), hit.highlightsOf(SearchField.NAME), "hit-name");
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox cell = new HBox(6, Glyph.of(hit.entity().type()).icon(), name);
            if (!hit.parentName().isBlank()) {
                Label parent = label("in " + hit.parentName(), "muted");
                parent.setMinWidth(0);
                cell.getChildren().add(parent);
            }
            cell.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            cell.getStyleClass().add("name-cell");
            return cell;
        });
        column.setId("name-column");
        return column;
    }

    private static TableColumn<SearchHit, SearchHit> column(String title, double width,
                                                           Function<SearchHit, Node> render) {
        TableColumn<SearchHit, SearchHit> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(null);
                setGraphic(empty || hit == null ? null : render.apply(hit));
            }
        });
        return column;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }

    private static String typeText(Entity entity) {
        return entity.subtype().isBlank() ? entity.type().label() : entity.subtype().replace('_', ' ');
    }

    static String location(Entity entity) {
        StringBuilder text = new StringBuilder(entity.source());
        for (String part : new String[] {entity.database(), entity.schema()}) {
            if (!part.isBlank()) {
                text.append(" › ").append(part);
            }
        }
        return text.toString();
    }

    private static Node matchedIn(SearchHit hit) {
        if (hit.matchedField() == null || hit.matchedField() == SearchField.NAME) {
            return null;
        }
        Label label = new Label(hit.matchedField().label() + ": " + hit.matchedText());
        label.getStyleClass().addAll("matched-in", "muted");
        return label;
    }
}
