package org.steward.views.catalog;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.steward.model.catalog.Owner;

/** The owner picker; choosing another owner proposes an owner change. */
final class OwnerField {
    private final ComboBox<Owner> box = new ComboBox<>();
    private boolean updating;

    OwnerField(javafx.collections.ObservableList<Owner> owners, Consumer<String> onChange) {
        box.setId("owner-picker");
        box.setItems(owners);
        box.getStyleClass().add(Styles.SMALL);
        box.setPromptText("No owner");
        box.setAccessibleText("Owner");
        box.setTooltip(new Tooltip("Choose the accountable owner; recorded as a pending change"));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(list -> cell());
        box.setButtonCell(cell());
        box.valueProperty().addListener((observable, old, now) -> {
            if (!updating && now != null) {
                onChange.accept(now.id());
            }
        });
    }

    ComboBox<Owner> node() {
        return box;
    }

    void show(Owner owner, String ownerId) {
        updating = true;
        try {
            Owner match = owner != null ? owner : box.getItems().stream()
                    .filter(candidate -> Objects.equals(candidate.id(), ownerId)).findFirst().orElse(null);
            box.setValue(match);
        } finally {
            updating = false;
        }
    }

    private static ListCell<Owner> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Owner owner, boolean empty) {
                super.updateItem(owner, empty);
                setText(empty || owner == null ? "No owner"
                        : owner.displayName() + (owner.team().isBlank() ? "" : " · " + owner.team()));
            }
        };
    }
}
