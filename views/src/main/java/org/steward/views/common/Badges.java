package org.steward.views.common;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** Small rounded labels: classification badges and the "pending" marker. */
public final class Badges {

    private Badges() {
    }

    public static Label classification(String name, boolean direct, String origin) {
        Label badge = new Label(name);
        badge.getStyleClass().addAll("badge", "classification-badge", direct ? "direct" : "propagated");
        if (!direct) {
            badge.setTooltip(new Tooltip("Propagated from " + origin));
        }
        if (name.toUpperCase().startsWith("PII")) {
            badge.getStyleClass().add("pii");
        }
        return badge;
    }

    public static HBox classifications(List<String> names) {
        HBox box = new HBox(4);
        box.getStyleClass().add("badge-row");
        names.stream().distinct().map(name -> (Node) classification(name, true, null)).forEach(box.getChildren()::add);
        return box;
    }

    /**
     * For a narrow table cell: the first label in full and "+N" for the rest, every label in the tooltip, so a cell
     * never shows badges cut down to dots.
     */
    public static HBox compactClassifications(List<String> names) {
        List<String> distinct = names.stream().distinct().toList();
        HBox box = new HBox(4);
        box.getStyleClass().add("badge-row");
        if (distinct.isEmpty()) {
            return box;
        }
        Label first = classification(distinct.get(0), true, null);
        first.setMinWidth(Label.USE_PREF_SIZE);
        box.getChildren().add(first);
        if (distinct.size() > 1) {
            Label more = new Label("+" + (distinct.size() - 1));
            more.getStyleClass().addAll("badge", "more-badge");
            more.setMinWidth(Label.USE_PREF_SIZE);
            box.getChildren().add(more);
        }
        Tooltip.install(box, new Tooltip(String.join("\n", distinct)));
        return box;
    }

    public static Label applied() {
        Label badge = new Label("applied");
        badge.getStyleClass().addAll("badge", "applied-badge");
        badge.setTooltip(new Tooltip("Pushed to the platform; the catalog shows it as its state"));
        return badge;
    }

    public static Label dropped() {
        Label badge = new Label("dropped");
        badge.getStyleClass().addAll("badge", "type-badge");
        badge.setTooltip(new Tooltip("Given up during the push; the platform's value stays"));
        return badge;
    }

    public static Label pending() {
        Label badge = new Label("pending");
        badge.getStyleClass().addAll("badge", "pending-badge");
        badge.setTooltip(new Tooltip("Proposed in your open change set, not yet applied to the source"));
        return badge;
    }
}
