package org.steward.model.testing;

import java.util.List;
import java.util.Map;
import org.steward.model.catalog.EntityType;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.ClassificationDefinitionRecord;
import org.steward.model.ingest.ClassificationRecord;
import org.steward.model.ingest.EntityRecord;
import org.steward.model.ingest.GlossaryTermRecord;
import org.steward.model.ingest.LineageEdgeRecord;
import org.steward.model.ingest.OwnerRecord;

/** A small hand-made catalog: a customers table flowing through a dbt model into a mart and a dashboard. */
public final class TestCatalogs {
    public static final String CUSTOMERS = "shop.public.customers@pg";
    public static final String CUSTOMERS_EMAIL = "shop.public.customers.email@pg";
    public static final String ORDERS = "shop.public.orders@pg";
    public static final String LOAD = "dbt.stg_customers@dbt";
    public static final String STG_CUSTOMERS = "ANALYTICS.STAGING.STG_CUSTOMERS@snowflake";
    public static final String DASHBOARD = "tableau://Marketing/Customer Churn@tableau";

    private TestCatalogs() {
    }

    public static CatalogBatch small() {
        List<EntityRecord> entities = List.of(
                dataset(CUSTOMERS, "customers", "pg-prod", "shop", "public",
                        "One row per registered customer of the web shop.", "ana"),
                column(CUSTOMERS + "", "shop.public.customers.customer_id@pg", "customer_id", "bigint", 1,
                        List.of("1001", "1002"), ""),
                column(CUSTOMERS, CUSTOMERS_EMAIL, "email", "varchar(320)", 2,
                        List.of("ana.silva@example.com", "li.wei@example.org"), "Login e-mail address."),
                column(CUSTOMERS, "shop.public.customers.birth_date@pg", "birth_date", "date", 3,
                        List.of("1984-03-12", "1991-11-02"), ""),
                dataset(ORDERS, "orders", "pg-prod", "shop", "public", "Orders placed in the web shop.", "ben"),
                column(ORDERS, "shop.public.orders.order_id@pg", "order_id", "bigint", 1, List.of("77"), ""),
                column(ORDERS, "shop.public.orders.customer_id@pg", "customer_id", "bigint", 2, List.of("1001"), ""),
                EntityRecord.builder(EntityType.PROCESS, LOAD).name("stg_customers").subtype("dbt_model")
                        .location("dbt-prod", "larkspur", "staging").owner("ben")
                        .description("Cleans and deduplicates customers.").build(),
                dataset(STG_CUSTOMERS, "STG_CUSTOMERS", "Snowflake", "ANALYTICS", "STAGING",
                        "Customers, cleaned; e-mail addresses hashed.", "ben"),
                column(STG_CUSTOMERS, "ANALYTICS.STAGING.STG_CUSTOMERS.EMAIL_HASH@snowflake", "EMAIL_HASH",
                        "varchar", 1, List.of("9f86d081884c7d65"), ""),
                EntityRecord.builder(EntityType.DASHBOARD, DASHBOARD).name("Customer Churn").subtype("tableau_dashboard")
                        .location("Tableau", "Marketing", "").owner("ana").build());
        return new CatalogBatch("test:small",
                List.of(new OwnerRecord("ana", "Ana Silva", "ana.silva@example.com", "CRM"),
                        new OwnerRecord("ben", "Ben Okafor", "ben.okafor@example.com", "Data Platform")),
                List.of(new GlossaryTermRecord("Customer@glossary", "Customer", "A person who bought from us."),
                        new GlossaryTermRecord("EmailAddress@glossary", "Email address", "Where we write to.")),
                List.of(new ClassificationDefinitionRecord("PII", "", "Personal data", 3),
                        new ClassificationDefinitionRecord("PII.Email", "PII", "E-mail address", 3)),
                entities,
                List.of(ClassificationRecord.direct(CUSTOMERS_EMAIL, "PII.Email"),
                        new ClassificationRecord("ANALYTICS.STAGING.STG_CUSTOMERS.EMAIL_HASH@snowflake", "PII.Email",
                                CUSTOMERS_EMAIL, true)),
                List.of(LineageEdgeRecord.of(CUSTOMERS, LOAD),
                        LineageEdgeRecord.of(ORDERS, LOAD),
                        LineageEdgeRecord.of(LOAD, STG_CUSTOMERS),
                        LineageEdgeRecord.of(STG_CUSTOMERS, DASHBOARD),
                        new LineageEdgeRecord(CUSTOMERS_EMAIL,
                                "ANALYTICS.STAGING.STG_CUSTOMERS.EMAIL_HASH@snowflake", LOAD)));
    }

    private static EntityRecord dataset(String qualifiedName, String name, String source, String database,
                                        String schema, String description, String owner) {
        return EntityRecord.builder(EntityType.DATASET, qualifiedName).name(name).subtype("table")
                .location(source, database, schema).description(description).owner(owner)
                .attributes(Map.of("row_count", "1200")).glossaryTerms(
                        name.toLowerCase().contains("customer") ? List.of("Customer@glossary") : List.of())
                .build();
    }

    private static EntityRecord column(String parent, String qualifiedName, String name, String type, int position,
                                       List<String> samples, String description) {
        String[] parts = parent.split("@")[0].split("\\.");
        String source = parent.endsWith("@snowflake") ? "Snowflake" : "pg-prod";
        return EntityRecord.builder(EntityType.COLUMN, qualifiedName).name(name).parent(parent).dataType(type)
                .position(position).sampleValues(samples).description(description)
                .location(source, parts[0], parts.length > 2 ? parts[1] : "").build();
    }
}
