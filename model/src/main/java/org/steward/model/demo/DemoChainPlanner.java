package org.steward.model.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.steward.model.catalog.EntityType;
import org.steward.model.demo.DemoBlueprint.ColumnTemplate;
import org.steward.model.demo.DemoBlueprint.SourceSystem;
import org.steward.model.demo.DemoBlueprint.SourceTemplate;

/** Plans an operational table or topic and its copies down the lake raw, lake clean and warehouse staging layers. */
final class DemoChainPlanner {

    private final DemoNames names;

    DemoChainPlanner(DemoNames names) {
        this.names = names;
    }

    /** The source and its three copies, in flow order. */
    List<PlannedNode> plan(SourceSystem system, SourceTemplate table, List<ColumnTemplate> columns, DemoMarket market) {
        PlannedNode source = source(system, table, columns, market);
        PlannedNode raw = lake("raw", system, table, source, market);
        PlannedNode clean = lake("clean", system, table, raw, market);
        PlannedNode staging = staging(system, table, clean, market);
        return List.of(source, raw, clean, staging);
    }

    private PlannedNode source(SourceSystem system, SourceTemplate table, List<ColumnTemplate> templates,
                               DemoMarket market) {
        String qn = DemoNames.sourceDataset(system, table, market);
        List<PlannedColumn> columns = new ArrayList<>();
        for (ColumnTemplate c : templates) {
            String colQn = DemoNames.column(qn, c.name());
            String origin = c.classification().isEmpty() ? null : colQn;
            columns.add(new PlannedColumn(c.name(), c.name(), colQn, c.type(), c.kind(), c.values(), c.desc(),
                    c.classification(), c.terms(), List.of(), origin));
        }
        String schema = "mysql".equals(system.kind()) ? system.database() : table.schema();
        return new PlannedNode(DemoLayer.SOURCE, EntityType.DATASET, table.subtype(), qn, table.name(),
                DemoNames.host(system, market), system.database(), schema, table.team(),
                table.descriptions(), "", table.entity(), system.kind(), table.rows(), table.classes(), table.terms(),
                columns, List.of(), null, 0);
    }

    private PlannedNode lake(String zone, SourceSystem system, SourceTemplate table, PlannedNode upstream,
                             DemoMarket market) {
        boolean raw = "raw".equals(zone);
        String qn = names.lakeDataset(zone, system, table, market);
        List<PlannedColumn> columns = new ArrayList<>();
        for (PlannedColumn up : upstream.columns()) {
            if (up.logicalName().startsWith("_")) {
                continue;
            }
            String name = raw ? up.name() : renamed(table, up.logicalName());
            columns.add(derived(qn, up, name, DemoTypes.lake(up.type())));
        }
        boolean kafka = "kafka".equals(system.kind());
        if (raw && kafka) {
            meta(columns, qn, "_kafka_partition", "int", "quantity", "Kafka partition the record was read from.");
            meta(columns, qn, "_kafka_offset", "bigint", "id", "Offset within the partition.");
            meta(columns, qn, "_kafka_timestamp", "timestamp", "timestamp", "Broker timestamp.");
        } else if (raw) {
            String file = DemoNames.column(qn, "_source_file");
            columns.add(new PlannedColumn("_source_file", "_source_file", file, "string", "lake_path",
                    List.of(DemoNames.shortName(qn)), "Extract file the row came from.", "", List.of(), List.of(),
                    null));
            meta(columns, qn, "_batch_id", "string", "uuid", "");
            meta(columns, qn, "_cdc_op", "string", "cdc_op", "Change type: I, U or D.");
        }
        if (raw) {
            meta(columns, qn, "_ingested_at", "timestamp", "timestamp", "When the record landed in the lake.");
        } else {
            meta(columns, qn, "_loaded_at", "timestamp", "timestamp", "When the clean job wrote the row.");
            meta(columns, qn, "_is_deleted", "boolean", "boolean", "Soft delete propagated from the source.");
            meta(columns, qn, "_record_hash", "string", "sha256",
                    "Hash of all business columns, for change detection.");
        }
        PlannedProcess process = raw ? ingestProcess(system, table, market) : cleanProcess(system, table, market);
        String name = table.name();
        return new PlannedNode(raw ? DemoLayer.RAW : DemoLayer.CLEAN, EntityType.DATASET,
                raw ? "s3_object" : "delta_table",
                qn, name, names.lakeSource(market), zone, system.database(), table.team(), List.of(),
                upstream.qualifiedName(), table.entity(), raw ? system.format() : "delta", table.rows(), List.of(),
                List.of(), columns, List.of(upstream.qualifiedName()), process, 0);
    }

    private PlannedNode staging(SourceSystem system, SourceTemplate table, PlannedNode clean, DemoMarket market) {
        String model = DemoNames.stagingName(system, table);
        String qn = DemoNames.warehouseDataset(market, "STAGING", model);
        List<PlannedColumn> columns = new ArrayList<>();
        for (PlannedColumn up : clean.columns()) {
            if (up.logicalName().startsWith("_")) {
                continue;
            }
            columns.add(derived(qn, up, up.name().toUpperCase(Locale.ROOT), DemoTypes.warehouse(up.type())));
        }
        meta(columns, qn, "_LOADED_AT", "TIMESTAMP_NTZ", "timestamp", "dbt load time.");
        String marketColumn = DemoNames.column(qn, "_SOURCE_MARKET");
        columns.add(new PlannedColumn("_source_market", "_SOURCE_MARKET", marketColumn, "VARCHAR(8)", "enum",
                List.of(market.upper()), "", "", List.of(), List.of(), null));
        PlannedProcess process = new PlannedProcess(names.dbtProcess(market, model), model, "dbt_model", "dbt-prod",
                names.dbtProject(market), "staging", names.gitBase() + "/dbt-analytics/blob/main/models/staging/"
                + system.database() + "/" + model + ".sql");
        return new PlannedNode(DemoLayer.STAGING, EntityType.DATASET, "view", qn, model.toUpperCase(Locale.ROOT),
                DemoNames.WAREHOUSE_SOURCE, DemoNames.warehouseDatabase(market), "STAGING", "data-platform",
                List.of(), clean.qualifiedName(), table.entity(), "snowflake", table.rows(), List.of(), List.of(),
                columns, List.of(clean.qualifiedName()), process, 0);
    }

    private static PlannedColumn derived(String datasetQn, PlannedColumn up, String name, String type) {
        boolean traced = up.origin() != null || isKey(up);
        return new PlannedColumn(up.logicalName(), name, DemoNames.column(datasetQn, name), type, up.kind(),
                up.values(), up.description(), up.classification(), up.terms(),
                traced ? List.of(up.qualifiedName()) : List.of(), up.origin());
    }

    private static boolean isKey(PlannedColumn column) {
        return column.logicalName().endsWith("_id") || column.logicalName().equals("sku")
                || column.logicalName().endsWith("_number") || column.logicalName().endsWith("_code");
    }

    private static void meta(List<PlannedColumn> columns, String datasetQn, String name, String type, String kind,
                             String description) {
        columns.add(new PlannedColumn(name.toLowerCase(Locale.ROOT), name, DemoNames.column(datasetQn, name), type,
                kind, List.of(), description, "", List.of(), List.of(), null));
    }

    private static String renamed(SourceTemplate table, String logicalName) {
        for (ColumnTemplate c : table.columns()) {
            if (c.name().equals(logicalName)) {
                return c.rename();
            }
        }
        return logicalName;
    }

    private PlannedProcess ingestProcess(SourceSystem system, SourceTemplate table, DemoMarket market) {
        String qn = DemoNames.ingestProcess(system, table, market);
        boolean connect = "kafka_connect".equals(system.ingest());
        String job = system.database() + "__" + table.name().replace('.', '_');
        String name = connect ? "s3_sink__" + table.name().replace('.', '_') : "ingest_" + job;
        return new PlannedProcess(qn, name, system.ingest(), connect ? "kafka-connect-prod" : "airflow-prod",
                connect ? "s3-sink-" + market.code() : "lake_ingest_" + market.snake(), system.database(),
                names.gitBase() + (connect ? "/kafka-connectors/blob/main/s3-sink/" + table.name() + ".json"
                        : "/airflow-dags/blob/main/dags/lake_ingest/" + system.database() + ".py"));
    }

    private PlannedProcess cleanProcess(SourceSystem system, SourceTemplate table, DemoMarket market) {
        String qn = DemoNames.cleanProcess(system, table, market);
        String job = "clean_" + system.database() + "__" + table.name().replace('.', '_');
        return new PlannedProcess(qn, job, "spark_job", "spark-prod", "lake_clean_" + market.snake(),
                system.database(), names.gitBase() + "/lake-jobs/blob/main/src/clean/" + job + ".py");
    }
}
