package org.steward.views.lineage;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.steward.model.ingest.CatalogImporter;

/** "Compare two exports…": pick an older and a newer lineage file, in any format Steward imports. */
final class CompareFilesDialog {
    static final ButtonType COMPARE = new ButtonType("Compare", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final CompareFilesViewModel model;

    CompareFilesDialog(Window owner, CompareFilesViewModel model) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.setTitle("Compare two exports");
        dialog.setHeaderText("What was added, removed or changed from the older export to the newer one.");
        dialog.setResizable(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        row(grid, 0, "Older export", "compare-older", model.older());
        row(grid, 1, "Newer export", "compare-newer", model.newer());
        Label problem = new Label();
        problem.setId("compare-problem");
        problem.getStyleClass().add("muted");
        problem.textProperty().bind(model.problemProperty());
        dialog.getDialogPane().setContent(new VBox(14, grid, problem));
        dialog.getDialogPane().getButtonTypes().setAll(COMPARE, ButtonType.CANCEL);
        Button compare = (Button) dialog.getDialogPane().lookupButton(COMPARE);
        compare.setId("compare-run");
        compare.disableProperty().bind(model.problemProperty().isNotEmpty());
    }

    void show(Consumer<CompareFilesViewModel.Request> onCompare) {
        dialog.setOnHidden(event -> {
            if (dialog.getResult() == COMPARE) {
                model.request().ifPresent(onCompare);
            }
        });
        dialog.show();
    }

    private void row(GridPane grid, int row, String title, String id, CompareFilesViewModel.Side side) {
        Label label = new Label(title);
        label.setMinWidth(Region.USE_PREF_SIZE);
        TextField path = new TextField();
        path.setId(id + "-file");
        path.setPromptText("File path");
        path.setPrefColumnCount(36);
        path.setMinWidth(320);
        label.setLabelFor(path);
        path.textProperty().addListener((observable, old, now) -> side.fileProperty().set(toPath(now)));
        side.fileProperty().addListener((observable, old, now) -> {
            String text = now == null ? "" : now.toString();
            if (!text.equals(path.getText()) && now != null) {
                path.setText(text);
            }
        });
        Button browse = new Button("Browse…");
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setId(id + "-browse");
        browse.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            File picked = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (picked != null) {
                side.fileProperty().set(picked.toPath());
            }
        });
        ComboBox<CatalogImporter> format = new ComboBox<>();
        format.setId(id + "-format");
        format.setPromptText("Format");
        format.setMinWidth(230);
        format.setAccessibleText(title + " format");
        format.getItems().setAll(model.importers());
        format.setButtonCell(new ImporterCell());
        format.setCellFactory(list -> new ImporterCell());
        format.valueProperty().bindBidirectional(side.formatProperty());
        GridPane.setHgrow(path, Priority.ALWAYS);
        grid.addRow(row, label, path, browse, format);
    }

    private static Path toPath(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Path.of(text.strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static final class ImporterCell extends ListCell<CatalogImporter> {
        @Override
        protected void updateItem(CatalogImporter item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
