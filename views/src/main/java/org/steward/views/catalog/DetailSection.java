package org.steward.views.catalog;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.steward.views.common.Badges;

/** A titled block of the detail pane that can carry the "pending" marker (badge and accent border). */
final class DetailSection {
    private final VBox root = new VBox(4);
    private final Label pendingBadge = Badges.pending();
    private final HBox header;

    DetailSection(String title, String id, Node content, Node... actions) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        label.setLabelFor(content);
        pendingBadge.setId(id + "-pending");
        pendingBadge.setVisible(false);
        pendingBadge.setManaged(false);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        header = new HBox(6, label, pendingBadge, gap);
        header.getChildren().addAll(actions);
        header.setAlignment(Pos.CENTER_LEFT);
        root.setId(id + "-section");
        root.getStyleClass().add("detail-section");
        root.getChildren().addAll(header, content);
    }

    VBox node() {
        return root;
    }

    void setPending(boolean pending) {
        pendingBadge.setVisible(pending);
        pendingBadge.setManaged(pending);
        root.getStyleClass().remove("pending");
        if (pending) {
            root.getStyleClass().add("pending");
        }
    }
}
