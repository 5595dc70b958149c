package org.steward.views.shell;

import java.util.Optional;
import javafx.scene.Node;

/** One navigation area's screen as the shell sees it. */
public interface AreaView {

    Node node();

    /** Moves the keyboard focus to the area's search field, if it has one (Edit › Find). */
    default void focusSearch() {
    }

    /** The qualified name of the selected entity, for Edit › Copy qualified name. */
    default Optional<String> selectedQualifiedName() {
        return Optional.empty();
    }

    /** The id of the selected entity, for View › Open lineage (Ctrl+L). */
    default java.util.OptionalLong selectedEntityId() {
        return java.util.OptionalLong.empty();
    }

    /** Copies the selection's qualified name to the clipboard. */
    default void copySelection() {
    }

    /** Shows an entity this area was asked to show by another area (catalog ↔ lineage). */
    default void reveal(long entityId) {
    }

    /** Shows an entity with one part of it in view, e.g. the owner editor for a fix-it; by default just shows it. */
    default void reveal(long entityId, String focus) {
        reveal(entityId);
    }

    /** Shows an entity with other entities highlighted; areas that cannot highlight just show the entity. */
    default void reveal(long entityId, java.util.Set<Long> highlighted) {
        reveal(entityId);
    }

    void dispose();
}
