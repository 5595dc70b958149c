package org.steward.model.demo;

import java.util.Locale;
import org.steward.model.demo.DemoBlueprint.Company;
import org.steward.model.demo.DemoBlueprint.SourceSystem;
import org.steward.model.demo.DemoBlueprint.SourceTemplate;

/** Atlas-style qualified names and catalog-tree locations for every layer of the demo company. */
final class DemoNames {

    static final String WAREHOUSE_SOURCE = "snowflake";
    static final String FEATURE_SOURCE = "feast-prod";

    private final Company company;

    DemoNames(Company company) {
        this.company = company;
    }

    String lakeBucket(DemoMarket market) {
        return company.slug() + "-lake-" + market.code();
    }

    String companyDomain() {
        return company.domain();
    }

    String glossaryTerm(String name) {
        return name + "@" + company.glossary();
    }

    String gitBase() {
        return company.gitBase();
    }

    static String host(SourceSystem system, DemoMarket market) {
        return system.host().replace("{m}", market.code());
    }

    /** {@code shop_db.public.customers@pg-prod-eu}, {@code crm.contacts@mysql-crm-eu}, {@code topic@kafka-prod-eu}. */
    static String sourceDataset(SourceSystem system, SourceTemplate table, DemoMarket market) {
        String host = host(system, market);
        switch (system.kind()) {
            case "kafka": return table.name() + "@" + host;
            case "mysql": return system.database() + "." + table.name() + "@" + host;
            default: return system.database() + "." + table.schema() + "." + table.name() + "@" + host;
        }
    }

    /** The qualified name without its {@code @cluster} suffix. */
    static String shortName(String qualifiedName) {
        int at = qualifiedName.lastIndexOf('@');
        return at < 0 ? qualifiedName : qualifiedName.substring(0, at);
    }

    static String column(String datasetQualifiedName, String column) {
        int at = datasetQualifiedName.lastIndexOf('@');
        return datasetQualifiedName.substring(0, at) + "." + column + datasetQualifiedName.substring(at);
    }

    String lakeSource(DemoMarket market) {
        return "s3-" + company.slug() + "-lake-" + market.code();
    }

    String lakeDataset(String zone, SourceSystem system, SourceTemplate table, DemoMarket market) {
        return "s3://" + lakeBucket(market) + "/" + zone + "/" + system.database() + "/"
                + table.name() + "@aws-" + market.code();
    }

    static String stagingName(SourceSystem system, SourceTemplate table) {
        return "stg_" + system.database() + "__" + table.name().replace('.', '_');
    }

    static String warehouseDatabase(DemoMarket market) {
        return "ANALYTICS_" + market.upper();
    }

    static String warehouseDataset(DemoMarket market, String schema, String name) {
        return warehouseDatabase(market) + "." + schema + "." + name.toUpperCase(Locale.ROOT) + "@" + WAREHOUSE_SOURCE;
    }

    static String featureDatabase(DemoMarket market) {
        return "features_" + market.snake();
    }

    static String featureDataset(DemoMarket market, String name) {
        return featureDatabase(market) + ".feature_views." + name + "@" + FEATURE_SOURCE;
    }

    static String dashboard(String tool, String folder, DemoMarket market, String name) {
        return tool + "://" + folder + "/" + market.label() + "/" + name + "@" + tool;
    }

    String dbtProject(DemoMarket market) {
        return company.slug() + "_" + market.snake();
    }

    String dbtProcess(DemoMarket market, String model) {
        return "dbt." + dbtProject(market) + "." + model + "@dbt-prod";
    }

    static String ingestProcess(SourceSystem system, SourceTemplate table, DemoMarket market) {
        String job = system.database() + "__" + table.name().replace('.', '_');
        if ("kafka_connect".equals(system.ingest())) {
            return "kafka-connect.s3-sink-" + market.code() + "." + table.name() + "@connect-prod-" + market.code();
        }
        return "airflow.lake_ingest_" + market.snake() + ".ingest_" + job + "@airflow-prod";
    }

    static String cleanProcess(SourceSystem system, SourceTemplate table, DemoMarket market) {
        return "spark.lake_clean_" + market.snake() + ".clean_" + system.database() + "__"
                + table.name().replace('.', '_') + "@spark-prod";
    }

    static String featureProcess(DemoMarket market, String name) {
        return "spark.features_" + market.snake() + ".build_" + name + "@spark-prod";
    }

    static String dashboardProcess(String tool, String folder, DemoMarket market, String name) {
        String slug = (folder + "_" + market.label() + "_" + name).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_");
        return ("tableau".equals(tool) ? "tableau.extract." : "looker.explore.") + slug + "@" + tool;
    }
}
