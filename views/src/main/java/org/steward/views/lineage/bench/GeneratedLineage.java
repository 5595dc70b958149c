package org.steward.views.lineage.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.steward.model.catalog.EntityType;
import org.steward.model.lineage.LineageEdge;
import org.steward.model.lineage.LineageLevel;
import org.steward.model.lineage.LineageNode;
import org.steward.model.lineage.LineageRequest;
import org.steward.model.lineage.LineageSubgraph;

/**
 * Layered pipelines like real warehouses: dataset and process layers alternate, a process reads one to four datasets
 * (mostly from the layer before, sometimes from further back) and writes one or two. Deterministic per seed.
 */
public final class GeneratedLineage {
    private static final String[] LABELS = {"PII", "Confidential", "Finance", "GDPR"};

    private GeneratedLineage() {
    }

    public static LineageSubgraph layeredDag(int nodeCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int layerCount = Math.max(4, Math.min(61, (int) Math.round(Math.sqrt(nodeCount) / 3) | 1));
        List<List<LineageNode>> layers = new ArrayList<>();
        List<LineageNode> nodes = new ArrayList<>(nodeCount);
        Map<Long, Integer> distance = new HashMap<>(nodeCount * 2);
        int focusLayer = layerCount / 2 & ~1;
        for (int l = 0; l < layerCount; l++) {
            layers.add(new ArrayList<>());
        }
        for (int i = 0; i < nodeCount; i++) {
            int l = i % layerCount;
            boolean process = l % 2 == 1;
            long id = i + 1L;
            List<String> labels = !process && random.nextInt(6) == 0 ? List.of(LABELS[random.nextInt(LABELS.length)])
                    : List.of();
            String name = (process ? "job_" : "table_") + id;
            LineageNode node = new LineageNode(id, process ? EntityType.PROCESS : EntityType.DATASET,
                    process ? "spark_job" : "table", name, "warehouse.layer" + l + "." + name,
                    process ? "airflow" : "warehouse", null, labels, false);
            layers.get(l).add(node);
            nodes.add(node);
            distance.put(id, l - focusLayer);
        }
        List<LineageEdge> edges = new ArrayList<>(nodeCount * 2);
        for (int l = 1; l < layerCount; l += 2) {
            List<LineageNode> next = l + 1 < layerCount ? layers.get(l + 1) : List.of();
            for (LineageNode process : layers.get(l)) {
                int inputs = 1 + random.nextInt(random.nextInt(5) == 0 ? 4 : 2);
                for (int k = 0; k < inputs; k++) {
                    int back = random.nextInt(10) < 7 ? 1 : 1 + 2 * random.nextInt((l + 1) / 2);
                    List<LineageNode> source = layers.get(Math.max(0, l - back));
                    edges.add(edge(source.get(random.nextInt(source.size())), process));
                }
            }
            List<LineageNode> processes = layers.get(l);
            for (LineageNode output : next) {
                edges.add(edge(processes.get(random.nextInt(processes.size())), output));
            }
        }
        long focus = layers.get(focusLayer).get(0).id();
        LineageRequest request = new LineageRequest(focus, LineageRequest.ALL, LineageRequest.ALL,
                LineageLevel.DATASET, LineageRequest.DEFAULT_MAX_NODES);
        return new LineageSubgraph(request, nodes, dedupe(edges), distance, false);
    }

    private static LineageEdge edge(LineageNode from, LineageNode to) {
        return LineageEdge.stored(from.id(), to.id(), LineageLevel.DATASET, null);
    }

    private static List<LineageEdge> dedupe(List<LineageEdge> edges) {
        return edges.stream().distinct().toList();
    }
}
