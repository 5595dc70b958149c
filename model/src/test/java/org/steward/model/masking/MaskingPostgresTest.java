package org.steward.model.masking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.ClassificationAssignment;
import org.steward.model.catalog.ColumnInfo;
import org.steward.model.catalog.Entity;
import org.steward.model.catalog.EntityDetails;
import org.steward.model.catalog.EntityType;
import org.steward.model.classification.Taxonomy;
import org.steward.model.demo.DemoCatalogGenerator;
import org.steward.model.demo.DemoSize;
import org.steward.model.ingest.CatalogBatch;
import org.steward.model.ingest.EntityRecord;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.workspace.Workspace;

/**
 * Applies generated masked views to a real PostgreSQL server (started here, see {@link PostgresServer}) and checks
 * every masked value against the Java preview, row by row.
 */
class MaskingPostgresTest {
    private static final MaskingSalt SALT = new MaskingSalt("s3cret-salt-'quoted'");
    private static PostgresServer server;
    private static Workspace demo;
    private static CatalogBatch demoBatch;
    private static long started;
    private static long ready;

    @BeforeAll
    static void startServerAndDemo() throws Exception {
        started = System.nanoTime();
        server = PostgresServer.start();
        ready = System.nanoTime();
        demo = Workspace.inMemory("demo");
        demoBatch = new DemoCatalogGenerator().generateAll(DemoSize.ofEntities(2_000));
        demo.ingest(demoBatch, "tester", ProgressMonitor.NONE);
    }

    @AfterAll
    static void stop() throws Exception {
        if (demo != null) {
            demo.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** About 1 s on an idle machine, 3 to 4 s with twenty jobs running; the bound only catches a hang. */
    @Test
    void theServerStartsInSeconds() {
        assertThat((ready - started) / 1_000_000).as("server start in ms").isLessThan(15_000);
    }

    @Test
    void maskedViewsOfTheDemoDatasetsGiveWhatThePreviewShows() throws SQLException {
        MaskingPlanner planner = new MaskingPlanner(Taxonomy.standard(), MaskingOverrides.NONE);
        List<MaskingPlan> plans = demoPlans(planner);
        assertThat(plans).as("demo datasets with masked columns").hasSizeGreaterThan(5);
        java.util.Set<String> rulesSeen = new java.util.TreeSet<>();
        try (Connection connection = server.connect()) {
            for (MaskingPlan plan : plans) {
                createTable(connection, plan);
                apply(connection, MaskingDdl.generate(plan, SqlDialect.POSTGRESQL, new DdlOptions(true, List.of()),
                        SALT));
                assertViewMatchesPreview(connection, plan);
                plan.maskedColumns().forEach(c -> rulesSeen.add(c.function().orElseThrow().id() + "/" + c.kind()));
            }
        }
        assertThat(rulesSeen).contains("redact/TEXT", "salted-hash/TEXT", "token/TEXT", "partial:4/TEXT",
                "generalise-year/DATE", "generalise-area/TEXT", "generalise-area/NETWORK_ADDRESS", "generalise-area/NUMBER");
    }

    @Test
    void everyRuleAgreesWithJavaOnEdgeCasesAndAwkwardNames() throws SQLException {
        List<String> values = Arrays.asList("Ana Silva", "Zoë Ørsted", "😀 emoji 😀", "", null, "O'Brien",
                "x", "ana.silva@example.com", "first.last+tag@mail.example.co.uk", "a@b@c.org", "@nolocal.example",
                "4111 1111 1111 1111", "378282246310005", "5555-5555-5555-4444", "+44 7700 900123",
                "DE89 3704 0044 0532 0130 00", "1984-07-12", "12/07/1984", "19840712", "SW1A 1AA", "94105-1234",
                "10115", "52.37312", "-0.12780", "192.0.2.5", "2001:db8:abcd:12::5f", "37", "90", "104",
                "a".repeat(70), "Straße 12, 1010 Wien", "line\tbreak");
        List<MaskingFunction> functions = MaskingFunctions.choices();
        Entity table = new Entity(1, EntityType.DATASET, "table", "odd@pg", "Odd \"Table\"", "pg", "db",
                "Mixed Schema", null, "", "", "");
        List<ColumnInfo> columns = new ArrayList<>();
        for (int i = 0; i < functions.size(); i++) {
            Entity column = new Entity(100 + i, EntityType.COLUMN, "", "odd.c" + i + "@pg",
                    i == 0 ? "select" : i == 1 ? "We\"ird Name" : "c_" + functions.get(i).id().replaceAll("[^a-z0-9]",
                            "_"), "pg", "db", "Mixed Schema", 1L, "", "", "text");
            columns.add(new ColumnInfo(column, i + 1, values.stream().map(v -> v == null ? "\u0000" : v).toList(),
                    List.of(), false));
        }
        Map<String, MaskingFunction> byColumn = new java.util.HashMap<>();
        for (int i = 0; i < functions.size(); i++) {
            byColumn.put("odd.c" + i + "@pg", functions.get(i));
        }
        MaskingPlan plan = new MaskingPlanner(Taxonomy.standard(), new MaskingOverrides(Map.of(), byColumn))
                .plan(new EntityDetails(table, Map.of(), null, List.of(), List.of(), columns, 0, 0));
        try (Connection connection = server.connect()) {
            createTable(connection, plan);
            apply(connection, MaskingDdl.generate(plan, SqlDialect.POSTGRESQL, new DdlOptions(true, List.of()),
                    SALT));
            assertViewMatchesPreview(connection, plan);
        }
    }

    @Test
    void readersSeeTheViewButNeitherTheTableNorTheSalt() throws SQLException {
        MaskingPlan plan = demoPlans(new MaskingPlanner(Taxonomy.standard(), MaskingOverrides.NONE)).get(0);
        String view = PostgresMaskingDdlNames.view(plan);
        try (Connection admin = server.connect(); Statement statement = admin.createStatement()) {
            createTable(admin, plan);
            apply(admin, MaskingDdl.generate(plan, SqlDialect.POSTGRESQL, new DdlOptions(true, List.of()), SALT));
            statement.execute("DROP ROLE IF EXISTS reader");
            statement.execute("CREATE ROLE reader LOGIN");
            statement.execute("GRANT USAGE ON SCHEMA " + PostgresMaskingDdlNames.schema(plan) + " TO reader");
            statement.execute("GRANT SELECT ON " + view + " TO reader");
        }
        try (Connection reader = server.connect("postgres", "reader"); Statement statement = reader.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + view)) {
                rows.next();
                assertThat(rows.getInt(1)).isPositive();
            }
            assertThatThrownBy(() -> statement.executeQuery("SELECT salt FROM steward_masking.salt"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM " + PostgresMaskingDdlNames.table(plan)))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void withoutTheSaltHashedAndTokenisedColumnsReadNullNeverRealValues() throws SQLException {
        MaskingPlan plan = new MaskingPlanner(Taxonomy.standard(), MaskingOverrides.NONE).plan(details(
                "people", List.of(column(1, "full_name", "varchar(100)", "PII.Name", "Ana Silva"),
                        column(2, "email", "varchar(255)", "PII.Email", "ana@example.com"))));
        try (Connection admin = server.connect(); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS nosalt");
            statement.execute("CREATE DATABASE nosalt");
        }
        String script = MaskingDdl.generate(plan, SqlDialect.POSTGRESQL, DdlOptions.defaults(), SALT);
        assertThat(script).doesNotContain(SALT.value().replace("'", "''"));
        try (Connection connection = server.connect("nosalt", PostgresServer.SUPERUSER);
             Statement statement = connection.createStatement()) {
            createTable(connection, plan);
            apply(connection, script);
            try (ResultSet rows = statement.executeQuery("SELECT full_name, email FROM shop.people_masked")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isNull();
                assertThat(rows.getString(2)).isNull();
            }
        }
    }

    private static List<MaskingPlan> demoPlans(MaskingPlanner planner) {
        List<MaskingPlan> plans = new ArrayList<>();
        for (EntityRecord record : demoBatch.entities()) {
            if (record.type() != EntityType.DATASET) {
                continue;
            }
            Entity dataset = demo.catalog().entityByQualifiedName(record.qualifiedName()).orElseThrow();
            EntityDetails details = demo.catalog().details(dataset.id()).orElseThrow();
            MaskingPlan plan = planner.plan(details);
            if (!plan.maskedColumns().isEmpty()) {
                plans.add(plan);
            }
        }
        return plans;
    }

    private static void createTable(Connection connection, MaskingPlan plan) throws SQLException {
        String schema = PostgresMaskingDdlNames.schema(plan);
        String table = PostgresMaskingDdlNames.table(plan);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            statement.execute("DROP TABLE IF EXISTS " + table + " CASCADE");
            StringJoiner columns = new StringJoiner(", ");
            plan.columns().forEach(c -> columns.add(SqlText.postgresIdentifier(c.name()) + " " + postgresType(c)));
            statement.execute("CREATE TABLE " + table + " (" + columns + ")");
        }
        int rows = plan.columns().stream().mapToInt(c -> c.samples().size()).max().orElse(0);
        StringJoiner casts = new StringJoiner(", ");
        plan.columns().forEach(c -> casts.add("CAST(? AS " + postgresType(c) + ")"));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " VALUES (" + casts
                + ")")) {
            for (int row = 0; row < rows; row++) {
                for (int i = 0; i < plan.columns().size(); i++) {
                    insert.setString(i + 1, sample(plan.columns().get(i), row));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void assertViewMatchesPreview(Connection connection, MaskingPlan plan) throws SQLException {
        int rows = plan.columns().stream().mapToInt(c -> c.samples().size()).max().orElse(0);
        List<List<String>> expected = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            List<String> values = new ArrayList<>();
            for (ColumnMasking column : plan.maskedColumns()) {
                values.add(column.function().orElseThrow().apply(sample(column, row), SALT));
            }
            expected.add(values);
        }
        StringJoiner select = new StringJoiner(", ");
        plan.maskedColumns().forEach(c -> select.add(SqlText.postgresIdentifier(c.name())));
        List<List<String>> actual = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT " + select + " FROM "
                     + PostgresMaskingDdlNames.view(plan))) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.add(result.getString(i));
                }
                actual.add(values);
            }
        }
        assertThat(actual).as(plan.dataset().qualifiedName() + " masked " + plan.maskedColumns().stream()
                .map(c -> c.name() + "=" + c.function().orElseThrow().id()).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM " + PostgresMaskingDdlNames.view(plan)
                     + " LIMIT 0")) {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                names.add(result.getMetaData().getColumnName(i));
            }
            assertThat(names).containsExactlyElementsOf(plan.columns().stream().map(ColumnMasking::name).toList());
        }
    }

    private static String sample(ColumnMasking column, int row) {
        if (row >= column.samples().size()) {
            return null;
        }
        String value = column.samples().get(row);
        return "\u0000".equals(value) ? null : value;
    }

    private static String postgresType(ColumnMasking column) {
        String type = column.dataType().trim().toLowerCase(Locale.ROOT);
        return switch (column.kind()) {
            case DATE -> "date";
            case NETWORK_ADDRESS -> "inet";
            case NUMBER -> type.matches("((tiny|small|big)?int(eger)?|long)(\\(\\d+\\))?") ? "bigint"
                    : type.matches("(number|numeric|decimal)\\(\\d+(,\\s*\\d+)?\\)")
                    ? type.replaceFirst("^(number|decimal)", "numeric") : "double precision";
            default -> "text";
        };
    }

    private static void apply(Connection connection, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(script);
        }
    }

    private static EntityDetails details(String name, List<ColumnInfo> columns) {
        Entity dataset = new Entity(1, EntityType.DATASET, "table", "shop." + name + "@pg", name, "pg", "shop",
                "shop", null, "", "", "");
        return new EntityDetails(dataset, Map.of(), null, List.of(), List.of(), columns, 0, 0);
    }

    private static ColumnInfo column(int position, String name, String type, String label, String... samples) {
        Entity column = new Entity(10 + position, EntityType.COLUMN, "", "shop.people." + name + "@pg", name, "pg",
                "shop", "shop", 1L, "", "", type);
        return new ColumnInfo(column, position, List.of(samples),
                List.of(new ClassificationAssignment(label, null, true, "test")), false);
    }

    /** The names the PostgreSQL DDL gives a plan's table, view and schema. */
    static final class PostgresMaskingDdlNames {
        private PostgresMaskingDdlNames() {
        }

        static String schema(MaskingPlan plan) {
            return SqlText.postgresIdentifier(plan.dataset().schema());
        }

        static String table(MaskingPlan plan) {
            return schema(plan) + "." + SqlText.postgresIdentifier(plan.dataset().name());
        }

        static String view(MaskingPlan plan) {
            return schema(plan) + "." + SqlText.postgresIdentifier(SqlText.suffixed(plan.dataset().name(),
                    PostgresMaskingDdl.VIEW_SUFFIX));
        }
    }
}
