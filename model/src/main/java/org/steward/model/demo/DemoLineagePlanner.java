package org.steward.model.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.steward.model.demo.DemoBlueprint.ColumnTemplate;
import org.steward.model.demo.DemoBlueprint.DashboardTemplate;
import org.steward.model.demo.DemoBlueprint.ModelTemplate;
import org.steward.model.demo.DemoBlueprint.SourceTemplate;

/**
 * Plans one market: which templates it has, and the order to emit them so that every dataset comes after all of
 * its inputs. Sources flow down their chain first; a model or dashboard follows as soon as its inputs exist.
 */
final class DemoLineagePlanner {

    private final DemoBlueprint blueprint;
    private final DemoChainPlanner chains;
    private final DemoModelPlanner models;

    DemoLineagePlanner(DemoBlueprint blueprint, DemoNames names) {
        this.blueprint = blueprint;
        this.chains = new DemoChainPlanner(names);
        this.models = new DemoModelPlanner(names);
    }

    /**
     * @param fraction share of the blueprint's templates to keep (1 for a full market, less for tiny demos)
     */
    List<PlannedNode> plan(DemoMarket market, double fraction, SplittableRandom rnd) {
        Set<String> available = new HashSet<>();
        List<SourceTemplate> sources = new ArrayList<>();
        for (SourceTemplate s : blueprint.sources()) {
            if (rnd.nextDouble() < s.presence() * fraction) {
                sources.add(s);
                available.add(s.id());
            }
        }
        List<Object> derived = new ArrayList<>();
        for (ModelTemplate m : blueprint.models()) {
            if (rnd.nextDouble() < fraction && m.inputs().stream().anyMatch(available::contains)) {
                derived.add(m);
                available.add(m.id());
            }
        }
        for (DashboardTemplate d : blueprint.dashboards()) {
            if (rnd.nextDouble() < Math.max(fraction, 0.3) && d.inputs().stream().anyMatch(available::contains)) {
                derived.add(d);
            }
        }
        Map<String, PlannedNode> byTemplate = new HashMap<>();
        List<PlannedNode> order = new ArrayList<>();
        for (SourceTemplate s : sources) {
            List<PlannedNode> chain = chains.plan(blueprint.system(s.system()), s, columns(s, rnd), market);
            order.addAll(chain);
            byTemplate.put(s.id(), chain.get(chain.size() - 1));
            emitReady(derived, available, byTemplate, order, market);
        }
        return order;
    }

    private void emitReady(List<Object> derived, Set<String> available, Map<String, PlannedNode> byTemplate,
                           List<PlannedNode> order, DemoMarket market) {
        for (int i = 0; i < derived.size(); i++) {
            Object template = derived.get(i);
            String id = template instanceof ModelTemplate ? ((ModelTemplate) template).id()
                    : ((DashboardTemplate) template).id();
            List<String> inputs = template instanceof ModelTemplate ? ((ModelTemplate) template).inputs()
                    : ((DashboardTemplate) template).inputs();
            if (byTemplate.containsKey(id) || !ready(inputs, available, byTemplate)) {
                continue;
            }
            PlannedNode node = template instanceof ModelTemplate
                    ? models.model((ModelTemplate) template, byTemplate, market)
                    : models.dashboard((DashboardTemplate) template, byTemplate, market);
            byTemplate.put(id, node);
            order.add(node);
        }
    }

    private static boolean ready(List<String> inputs, Set<String> available, Map<String, PlannedNode> byTemplate) {
        for (String input : inputs) {
            if (available.contains(input) && !byTemplate.containsKey(input)) {
                return false;
            }
        }
        return true;
    }

    /** The table's own columns plus a few application columns that differ from market to market. */
    private List<ColumnTemplate> columns(SourceTemplate table, SplittableRandom rnd) {
        List<ColumnTemplate> columns = new ArrayList<>(table.columns());
        if ("events".equals(table.system())) {
            return columns;
        }
        List<ColumnTemplate> pool = blueprint.commonColumns();
        int extra = 2 + rnd.nextInt(4);
        int start = rnd.nextInt(pool.size());
        for (int i = 0; i < extra && i < pool.size(); i++) {
            ColumnTemplate c = pool.get((start + i * 5) % pool.size());
            if (columns.stream().noneMatch(existing -> existing.name().equals(c.name()))) {
                columns.add(c);
            }
        }
        return columns;
    }
}
