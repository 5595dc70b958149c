package org.steward.views.lineage;

import java.util.ArrayList;
import java.util.List;
import org.steward.model.lineage.LineageEdge;
import org.steward.model.lineage.LineageLevel;

/** Lineage edits a test can inspect: what the view asked to add or remove. */
final class RecordedEdits implements LineageEdits {
    final List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public void removeEdge(LineageEdge edge) {
        calls.add("remove " + edge.fromId() + ">" + edge.toId());
    }

    @Override
    public void removeProcess(long processId) {
        calls.add("remove process " + processId);
    }

    @Override
    public void addProcess(String qualifiedName, String name, List<Long> inputIds, List<Long> outputIds) {
        calls.add("add process " + qualifiedName + " '" + name + "' " + inputIds + ">" + outputIds);
    }

    @Override
    public void addEdge(long fromId, long toId, LineageLevel level) {
        calls.add("add " + fromId + ">" + toId + " " + level);
    }
}
