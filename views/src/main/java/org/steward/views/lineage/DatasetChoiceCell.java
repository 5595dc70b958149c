package org.steward.views.lineage;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.steward.views.common.Glyph;

/** A dataset as its name over its qualified name, which wraps rather than scrolls. */
final class DatasetChoiceCell extends ListCell<DatasetChoice> {
    private final Label name = new Label();
    private final Label qualifiedName = new Label();
    private final VBox box = new VBox(1, name, qualifiedName);

    DatasetChoiceCell() {
        name.getStyleClass().add("text-bold");
        qualifiedName.getStyleClass().addAll("muted", "text-small");
        qualifiedName.setWrapText(true);
        box.setMaxWidth(360);
        qualifiedName.setMaxWidth(360);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(DatasetChoice item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        name.setText(item.name());
        name.setGraphic(Glyph.of(item.type()).icon());
        qualifiedName.setText(item.qualifiedName());
        setGraphic(box);
        setText(null);
        setAccessibleText(item.name() + ", " + item.qualifiedName());
    }
}
