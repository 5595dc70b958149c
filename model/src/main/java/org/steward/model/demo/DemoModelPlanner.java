package org.steward.model.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.steward.model.catalog.EntityType;
import org.steward.model.demo.DemoBlueprint.ColumnTemplate;
import org.steward.model.demo.DemoBlueprint.DashboardTemplate;
import org.steward.model.demo.DemoBlueprint.ModelTemplate;

/** Plans warehouse models, feature views and dashboards over already planned inputs. */
final class DemoModelPlanner {

    private final DemoNames names;

    DemoModelPlanner(DemoNames names) {
        this.names = names;
    }

    /** @param byTemplate planned nodes by blueprint id; a source id maps to its staging model */
    PlannedNode model(ModelTemplate model, Map<String, PlannedNode> byTemplate, DemoMarket market) {
        boolean feature = "features".equals(model.layer());
        String schema = schema(model.layer());
        String qn = feature ? DemoNames.featureDataset(market, model.name())
                : DemoNames.warehouseDataset(market, schema, model.name());
        List<PlannedColumn> columns = new ArrayList<>();
        for (ColumnTemplate c : model.columns()) {
            String name = feature ? c.name() : c.name().toUpperCase(Locale.ROOT);
            List<PlannedColumn> ups = new ArrayList<>();
            for (String ref : c.from()) {
                int dot = ref.indexOf('.');
                PlannedNode input = byTemplate.get(ref.substring(0, dot));
                PlannedColumn up = input == null ? null : input.column(ref.substring(dot + 1));
                if (up != null) {
                    ups.add(up);
                }
            }
            String classification = c.classification();
            if (classification.isEmpty() && ups.size() == 1 && c.transform().isEmpty()) {
                classification = ups.get(0).classification();
            }
            String origin = null;
            for (PlannedColumn up : ups) {
                if (origin == null && up.origin() != null && !classification.isEmpty()
                        && up.classification().equals(classification)) {
                    origin = up.origin();
                }
            }
            List<String> upstream = new ArrayList<>();
            ups.forEach(u -> upstream.add(u.qualifiedName()));
            columns.add(new PlannedColumn(c.name(), name, DemoNames.column(qn, name), c.type(), c.kind(), c.values(),
                    c.desc(), classification, c.terms(), upstream, origin));
        }
        List<String> inputs = new ArrayList<>();
        for (String id : model.inputs()) {
            PlannedNode input = byTemplate.get(id);
            if (input != null) {
                inputs.add(input.qualifiedName());
            }
        }
        PlannedProcess process = feature
                ? new PlannedProcess(DemoNames.featureProcess(market, model.name()), "build_" + model.name(),
                        "spark_job", "spark-prod", "features_" + market.snake(), "feature_views",
                        names.gitBase() + "/ml-features/blob/main/jobs/" + model.name() + ".py")
                : new PlannedProcess(names.dbtProcess(market, model.name()), model.name(), "dbt_model", "dbt-prod",
                        names.dbtProject(market), schema.toLowerCase(Locale.ROOT), names.gitBase()
                        + "/dbt-analytics/blob/main/models/" + schema.toLowerCase(Locale.ROOT) + "/" + model.name()
                        + ".sql");
        String displayName = feature ? model.name() : model.name().toUpperCase(Locale.ROOT);
        return new PlannedNode(layer(model.layer()), EntityType.DATASET, feature ? "feature_view" : subtype(model),
                qn, displayName, feature ? DemoNames.FEATURE_SOURCE : DemoNames.WAREHOUSE_SOURCE,
                feature ? DemoNames.featureDatabase(market) : DemoNames.warehouseDatabase(market),
                feature ? "feature_views" : schema, model.team(), model.descriptions(), "", model.name(),
                feature ? "feast" : "snowflake", 0, model.classes(), model.terms(), columns, inputs, process, 0);
    }

    PlannedNode dashboard(DashboardTemplate board, Map<String, PlannedNode> byTemplate, DemoMarket market) {
        String qn = DemoNames.dashboard(board.tool(), board.folder(), market, board.name());
        List<String> inputs = new ArrayList<>();
        for (String id : board.inputs()) {
            PlannedNode input = byTemplate.get(id);
            if (input != null) {
                inputs.add(input.qualifiedName());
            }
        }
        boolean tableau = "tableau".equals(board.tool());
        String processQn = DemoNames.dashboardProcess(board.tool(), board.folder(), market, board.name());
        PlannedProcess process = new PlannedProcess(processQn, board.name() + (tableau ? " (extract)" : " (explore)"),
                tableau ? "tableau_extract" : "looker_explore", tableau ? "tableau-cloud" : "looker-prod",
                board.folder(), market.label(), names.gitBase() + (tableau ? "/tableau-workbooks/blob/main/"
                + board.folder().replace(' ', '_') + ".twb" : "/looker/blob/main/views/" + board.id() + ".view.lkml"));
        return new PlannedNode(DemoLayer.DASHBOARD, EntityType.DASHBOARD, tableau ? "tableau_workbook"
                : "looker_dashboard", qn, board.name(), tableau ? "tableau-cloud" : "looker-prod", board.folder(),
                market.label(), board.team(), List.of(board.description()), "", board.tool(), board.tool(), 0,
                List.of(), List.of(), List.of(), inputs, process, board.viewers());
    }

    private static String subtype(ModelTemplate model) {
        if (model.name().startsWith("fct_")) {
            return "incremental_table";
        }
        return model.name().startsWith("dim_") ? "table" : "view";
    }

    static String schema(String layer) {
        switch (layer) {
            case "core": return "CORE";
            case "marketing": return "MARTS_MARKETING";
            case "finance": return "MARTS_FINANCE";
            case "supply_chain": return "MARTS_SUPPLY_CHAIN";
            default: return "FEATURES";
        }
    }

    static DemoLayer layer(String layer) {
        switch (layer) {
            case "core": return DemoLayer.CORE;
            case "marketing": return DemoLayer.MARKETING_MART;
            case "features": return DemoLayer.FEATURE;
            default: return DemoLayer.MART;
        }
    }
}
