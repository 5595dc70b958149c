package org.steward.views.catalog;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.steward.model.catalog.GlossaryTerm;
import org.steward.views.common.Glyph;

/** The entity's glossary terms as removable chips, with a menu to add one. */
final class GlossaryTermsField {
    private final FlowPane chips = new FlowPane(4, 4);
    private final MenuButton add = new MenuButton(null, Glyph.ADD.icon());
    private final ObservableList<GlossaryTerm> available;
    private final Consumer<String> onAdd;
    private final Consumer<String> onRemove;

    GlossaryTermsField(ObservableList<GlossaryTerm> available, Consumer<String> onAdd, Consumer<String> onRemove) {
        this.available = available;
        this.onAdd = onAdd;
        this.onRemove = onRemove;
        chips.setId("glossary-terms");
        chips.setAlignment(Pos.CENTER_LEFT);
        add.setId("add-glossary-term");
        add.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        add.setAccessibleText("Add glossary term");
        add.setTooltip(new Tooltip("Add a glossary term"));
    }

    FlowPane node() {
        return chips;
    }

    MenuButton addButton() {
        return add;
    }

    void show(List<GlossaryTerm> terms) {
        chips.getChildren().clear();
        if (terms.isEmpty()) {
            Label none = new Label("No terms");
            none.getStyleClass().addAll("muted", "placeholder");
            chips.getChildren().add(none);
        }
        for (GlossaryTerm term : terms) {
            Label name = new Label(term.name(), Glyph.TERM.icon());
            name.setTooltip(new Tooltip(term.qualifiedName() + (term.description().isBlank() ? ""
                    : "\n" + term.description())));
            Button remove = new Button(null, Glyph.CLOSE.icon());
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "chip-remove");
            remove.setAccessibleText("Remove glossary term " + term.name());
            remove.setOnAction(event -> onRemove.accept(term.qualifiedName()));
            HBox chip = new HBox(2, name, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("term-chip");
            chips.getChildren().add(chip);
        }
        List<String> present = terms.stream().map(GlossaryTerm::qualifiedName).toList();
        add.getItems().clear();
        available.stream().filter(term -> !present.contains(term.qualifiedName())).forEach(term -> {
            MenuItem item = new MenuItem(term.name() + "  (" + term.qualifiedName() + ")");
            item.setOnAction(event -> onAdd.accept(term.qualifiedName()));
            add.getItems().add(item);
        });
        add.setDisable(add.getItems().isEmpty());
    }
}
