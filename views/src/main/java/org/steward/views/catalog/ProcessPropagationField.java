package org.steward.views.catalog;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.steward.model.classification.propagation.RuleKind;

/** How a process passes classifications on: normally, or stopping them (anonymising, aggregating, blocked). */
final class ProcessPropagationField {
    private static final String NORMAL = "Passes classifications on";
    private final ComboBox<String> choice = new ComboBox<>();
    private final Label hint = new Label();
    private final VBox root;
    private boolean updating;

    ProcessPropagationField(Consumer<Optional<RuleKind>> change) {
        choice.setId("process-propagation");
        choice.setAccessibleText("How this process passes classifications on");
        choice.getItems().addAll(NORMAL, text(RuleKind.ANONYMISING), text(RuleKind.AGGREGATING),
                text(RuleKind.BLOCK_PROCESS));
        choice.valueProperty().addListener((observable, old, now) -> {
            if (!updating && now != null && !now.equals(old)) {
                change.accept(kind(now));
            }
        });
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setText("Anonymising and aggregating processes stop labels, and the propagation preview says so."
                + " Saved at once and audited.");
        root = new VBox(4, choice, hint);
    }

    VBox node() {
        return root;
    }

    void show(RuleKind kind) {
        updating = true;
        choice.setValue(kind == null ? NORMAL : text(kind));
        updating = false;
    }

    private static String text(RuleKind kind) {
        return switch (kind) {
            case ANONYMISING -> "Anonymising: stops classifications";
            case AGGREGATING -> "Aggregating: stops classifications";
            case BLOCK_PROCESS -> "Blocks propagation";
            case BLOCK_EDGE -> "Blocks an edge";
        };
    }

    private static Optional<RuleKind> kind(String text) {
        for (RuleKind kind : RuleKind.values()) {
            if (text(kind).equals(text)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
