package org.steward.views.lineage;

import java.util.ArrayList;
import java.util.List;
import org.steward.model.lineage.LineageEdge;
import org.steward.model.lineage.LineageLevel;

/** Lineage edits a test can inspect: what the view asked to add or remove. */
final class RecordedEdits implements LineageEdits {
    final List<String> calls = new ArrayList<>();

    @Override
    public void removeEdge(LineageEdge edge) {
        calls.add("remove " + edge.fromId() + ">" + edge.toId());
    }

    @Override
    public void removeProcess(long processId) {
        calls.add("remove process " + processId);
    }

    @Override
    public void addEdge(long fromId, long toId, LineageLevel level) {
        calls.add("add " + fromId + ">" + toId + " " + level);
    }
}
