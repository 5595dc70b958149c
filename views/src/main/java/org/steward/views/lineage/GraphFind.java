package org.steward.views.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.model.lineage.LineageNode;
import org.steward.model.lineage.LineageSubgraph;

/** Find-in-graph: nodes whose name or qualified name contain a text, and which match is current. */
final class GraphFind {
    private final ObservableList<Long> matches = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "matchIndex", -1);

    void find(String text, LineageSubgraph shown) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty() || shown == null) {
            matches.clear();
            index.set(-1);
            return;
        }
        List<Long> found = new ArrayList<>();
        for (LineageNode node : shown.nodes()) {
            if (node.name().toLowerCase(Locale.ROOT).contains(needle)
                    || node.qualifiedName().toLowerCase(Locale.ROOT).contains(needle)) {
                found.add(node.id());
            }
        }
        matches.setAll(found);
        index.set(found.isEmpty() ? -1 : 0);
    }

    Long next() {
        if (matches.isEmpty()) {
            return null;
        }
        index.set((index.get() + 1) % matches.size());
        return matches.get(index.get());
    }

    Long current() {
        int at = index.get();
        return at < 0 || at >= matches.size() ? null : matches.get(at);
    }

    ObservableList<Long> matches() {
        return matches;
    }

    ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }
}
