package org.steward.model.masking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.model.catalog.ClassificationAssignment;
import org.steward.model.catalog.ColumnInfo;
import org.steward.model.catalog.Entity;
import org.steward.model.catalog.EntityDetails;
import org.steward.model.catalog.EntityType;
import org.steward.model.classification.Taxonomy;

/**
 * The generated scripts against reviewed snapshots in src/test/resources. A missing snapshot is written to
 * target/ddl-snapshots for review and the test fails.
 */
class MaskingDdlTest {
    private static final MaskingSalt SALT = new MaskingSalt("0123456789abcdef0123456789abcdef");

    @Test
    void postgresViewMatchesTheSnapshot() throws IOException {
        assertSnapshot("customers-postgresql.sql", MaskingDdl.generate(customers("shop", "public", "customers"),
                SqlDialect.POSTGRESQL, DdlOptions.defaults(), SALT));
    }

    @Test
    void snowflakePoliciesMatchTheSnapshot() throws IOException {
        assertSnapshot("customers-snowflake.sql", MaskingDdl.generate(customers("ANALYTICS", "CRM", "CUSTOMERS"),
                SqlDialect.SNOWFLAKE, new DdlOptions(false, List.of("PII_READER", "dpo")), SALT));
    }

    @Test
    void postgresQuotesOnlyWhatNeedsQuoting() {
        String sql = MaskingDdl.generate(plan("Sales Data", "Order", List.of(column(1, "user", "text", "PII.Name"),
                column(2, "Email\"Addr", "text", "PII.Email"), column(3, "plain_col", "int", null))),
                SqlDialect.POSTGRESQL, DdlOptions.defaults(), SALT);

        assertThat(sql).contains("CREATE OR REPLACE VIEW \"Sales Data\".\"Order_masked\" AS")
                .contains("steward_masking.salted_hash(\"user\"::text, (SELECT salt FROM steward_masking.salt))"
                        + " AS \"user\"")
                .contains("AS \"Email\"\"Addr\"")
                .contains("    plain_col\n")
                .contains("FROM \"Sales Data\".\"Order\";");
    }

    @Test
    void snowflakeKeepsPlainNamesBareAndQuotesMixedCaseReservedAndOdd() {
        String sql = MaskingDdl.generate(plan("analytics", "ORDER", List.of(column(1, "Email", "VARCHAR", "PII.Email"),
                column(2, "GROUP", "VARCHAR", "PII.Name"), column(3, "card_no", "VARCHAR", "Financial.CardNumber"))),
                SqlDialect.SNOWFLAKE, DdlOptions.defaults(), SALT);

        assertThat(sql).contains("ALTER TABLE db.analytics.\"ORDER\" MODIFY COLUMN \"Email\" SET MASKING POLICY"
                        + " db.analytics.ORDER_EMAIL_MASK FORCE;")
                .contains("MODIFY COLUMN \"GROUP\" SET MASKING POLICY db.analytics.ORDER_GROUP_MASK FORCE;")
                .contains("MODIFY COLUMN card_no SET MASKING POLICY db.analytics.ORDER_CARD_NO_MASK FORCE;")
                .contains("CURRENT_ROLE() IN ('STEWARD_UNMASKED')");
    }

    @Test
    void theSaltIsInTheScriptOnlyWhenAsked() {
        MaskingPlan plan = customers("shop", "public", "customers");
        for (SqlDialect dialect : SqlDialect.values()) {
            assertThat(MaskingDdl.generate(plan, dialect, DdlOptions.defaults(), SALT)).doesNotContain(SALT.value());
            assertThat(MaskingDdl.generate(plan, dialect, new DdlOptions(true, List.of()), SALT))
                    .contains("'" + SALT.value() + "'");
        }
    }

    @Test
    void quotesInTheSaltAndBackslashesAreEscapedPerDialect() {
        MaskingSalt odd = new MaskingSalt("it's\\salt");
        MaskingPlan plan = customers("shop", "public", "customers");

        assertThat(MaskingDdl.generate(plan, SqlDialect.POSTGRESQL, new DdlOptions(true, List.of()), odd))
                .contains("VALUES ('it''s\\salt')");
        assertThat(MaskingDdl.generate(plan, SqlDialect.SNOWFLAKE, new DdlOptions(true, List.of()), odd))
                .contains("VALUES ('it''s\\\\salt')");
    }

    @Test
    void namesCannotBreakOutOfComments() {
        String sql = MaskingDdl.generate(plan("s", "t", List.of(column(1, "x\nDROP TABLE t; --", "text",
                "PII.Name"))), SqlDialect.POSTGRESQL, DdlOptions.defaults(), SALT);

        assertThat(sql).contains("--   x DROP TABLE t; --: salted-hash (PII.Name)\n")
                .contains("AS \"x\nDROP TABLE t; --\"\n");
    }

    @Test
    void snowflakeTypedColumnsKeepTheirType() {
        String sql = MaskingDdl.generate(plan("S", "T", List.of(column(1, "BIRTH_DATE", "DATE", "PII.DateOfBirth"),
                column(2, "AGE", "NUMBER(3,0)", "PII.DateOfBirth"), column(3, "LAT", "FLOAT", "PII.Location"),
                column(4, "SALARY", "NUMBER(12,2)", "Financial.Income"))), SqlDialect.SNOWFLAKE,
                DdlOptions.defaults(), SALT);

        assertThat(sql).contains("AS (VAL DATE) RETURNS DATE ->").contains("DATE_TRUNC('YEAR', VAL)")
                .contains("AS (VAL NUMBER(3,0)) RETURNS NUMBER(3,0) ->").contains("IFF(VAL >= 90, 90, FLOOR(VAL / 10) * 10)")
                .contains("TRUNC(VAL, 1)")
                .contains("NULL /* redact makes text; a policy must return the column's type */");
    }

    @Test
    void roleNamesAreChecked() {
        assertThatThrownBy(() -> new DdlOptions(false, List.of("X'); DROP"))).hasMessageContaining("not a role name");
    }

    @Test
    void aDatasetWithoutColumnsIsRefusedWithItsName() {
        assertThatThrownBy(() -> MaskingDdl.generate(plan("s", "empty", List.of()), SqlDialect.POSTGRESQL,
                DdlOptions.defaults(), SALT)).hasMessageContaining("db.s.empty has no columns");
    }

    private static MaskingPlan customers(String database, String schema, String table) {
        return plan(database, schema, table, List.of(column(1, "customer_id", "bigint", null),
                column(2, "full_name", "varchar(200)", "PII.Name"),
                column(3, "email", "varchar(320)", "PII.Email"),
                column(4, "phone", "varchar(32)", "PII.Phone"),
                column(5, "birth_date", "date", "PII.DateOfBirth"),
                column(6, "postcode", "varchar(16)", "PII.Address"),
                column(7, "last_ip", "inet", "PII.IPAddress"),
                column(8, "age", "int", "PII.DateOfBirth"),
                column(9, "notes", "text", "SpecialCategory.Health")));
    }

    private static MaskingPlan plan(String schema, String table, List<ColumnInfo> columns) {
        return plan("db", schema, table, columns);
    }

    private static MaskingPlan plan(String database, String schema, String table, List<ColumnInfo> columns) {
        Entity dataset = new Entity(1, EntityType.DATASET, "table", database + "." + schema + "." + table, table,
                "src", database, schema, null, "", "", "");
        return new MaskingPlanner(Taxonomy.standard(), MaskingOverrides.NONE)
                .plan(new EntityDetails(dataset, Map.of(), null, List.of(), List.of(), columns, 0, 0));
    }

    private static ColumnInfo column(int position, String name, String type, String label) {
        Entity column = new Entity(10 + position, EntityType.COLUMN, "", "c." + position, name, "src", "db", "s", 1L,
                "", "", type);
        return new ColumnInfo(column, position, List.of(),
                label == null ? List.of() : List.of(new ClassificationAssignment(label, null, true, "test")), false);
    }

    private static void assertSnapshot(String name, String actual) throws IOException {
        try (InputStream in = MaskingDdlTest.class.getResourceAsStream(name)) {
            if (in == null) {
                Path written = Path.of("target", "ddl-snapshots", name);
                Files.createDirectories(written.getParent());
                Files.writeString(written, actual, StandardCharsets.UTF_8);
                throw new AssertionError("no snapshot " + name + "; review " + written.toAbsolutePath()
                        + " and copy it to src/test/resources/org/steward/model/masking/");
            }
            assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
