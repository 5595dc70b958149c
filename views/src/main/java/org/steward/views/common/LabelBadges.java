package org.steward.views.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.steward.model.catalog.ClassificationAssignment;
import org.steward.model.catalog.LabelGroup;

/**
 * Classification badges for an entity: each classification once, direct ones solid, propagated ones outlined with
 * where they came from, a pending marker on those a pending change adds, removes or propagates.
 */
public final class LabelBadges {

    private LabelBadges() {
    }

    /**
     * @param pending whether a classification is touched by a pending change
     * @param remove  called with a direct label's classification when its × is pressed; {@code null} for no ×
     */
    public static List<Node> of(List<ClassificationAssignment> assignments, Predicate<String> pending,
                                Consumer<String> remove, boolean withOrigins) {
        List<Node> nodes = new ArrayList<>();
        for (LabelGroup group : LabelGroup.of(assignments)) {
            String origins = String.join(", ", group.origins());
            Label badge = Badges.classification(group.classification(), group.direct(), origins);
            if (group.direct()) {
                ClassificationAssignment direct = assignments.stream()
                        .filter(a -> a.direct() && a.classification().equals(group.classification()))
                        .findFirst().orElse(null);
                boolean ended = direct != null && direct.endedBefore(java.time.LocalDate.now());
                badge.setTooltip(new Tooltip("Put here directly" + (ended ? ", ended: propagates nothing"
                        : group.propagate() ? ", propagates downstream" : ", does not propagate")
                        + (origins.isEmpty() ? "" : "; also propagated from " + origins) + details(direct)));
                if (ended) {
                    badge.getStyleClass().add("ended");
                }
            }
            HBox box = new HBox(2, badge);
            box.getStyleClass().add("label-group");
            box.setAccessibleText(group.classification() + (group.direct() ? "" : ", propagated from " + origins));
            if (pending.test(group.classification())) {
                box.getChildren().add(Badges.pending());
            }
            if (group.direct() && remove != null) {
                Button x = new Button(null, Glyph.CLOSE.icon());
                x.getStyleClass().addAll("button-icon", "flat", "small", "remove-label");
                x.setAccessibleText("Remove " + group.classification());
                x.setTooltip(new Tooltip("Remove " + group.classification() + " (a pending change; its propagated"
                        + " labels are withdrawn too)"));
                x.setOnAction(event -> remove.accept(group.classification()));
                box.getChildren().add(x);
            }
            nodes.add(box);
            if (withOrigins && !group.direct()) {
                Label from = new Label("from " + origins);
                from.getStyleClass().addAll("muted", "propagation");
                nodes.add(from);
            }
        }
        return nodes;
    }

    /** The validity period and attribute values of a direct label, one line each, for its tooltip. */
    static String details(ClassificationAssignment direct) {
        if (direct == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (direct.validFrom() != null && direct.validTo() != null) {
            text.append("\nValid from ").append(direct.validFrom()).append(" to ").append(direct.validTo());
        } else if (direct.validFrom() != null) {
            text.append("\nValid from ").append(direct.validFrom());
        } else if (direct.validTo() != null) {
            text.append("\nValid until ").append(direct.validTo());
        }
        direct.attributes().forEach((key, value) -> text.append("\n").append(key).append(": ").append(value));
        return text.toString();
    }
}
