package org.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CheckCommandTest {
    private static final Path DBT = Path.of("../connectors/src/test/resources/fixtures/dbt/openlineage-dbt-fixtures"
            + "/integration/common/tests/dbt/spark/thrift/target");
    /** Two jobs: customers (with an e-mail column nobody classified) feeds a mart; orders has no lineage. */
    private static final String EVENTS = """
            {"eventType":"COMPLETE","eventTime":"2024-01-01T00:00:00Z","run":{"runId":"8f0c2b8e-1d5a-4f1e-9f59-1a1f2b3c4d5e"},\
            "job":{"namespace":"etl","name":"build_mart"},\
            "inputs":[{"namespace":"postgres://db:5432","name":"shop.public.customers","facets":{"schema":{"fields":\
            [{"name":"customer_id","type":"int"},{"name":"email","type":"varchar"}]}}}],\
            "outputs":[{"namespace":"postgres://db:5432","name":"shop.mart.Customer Mart","facets":{"schema":\
            {"fields":[{"name":"customer_id","type":"int"}]}}}]}
            """;

    @TempDir
    Path temp;

    private Path events() throws IOException {
        Path file = temp.resolve("events.ndjson");
        Files.writeString(file, EVENTS);
        return file;
    }

    @Test
    void aDbtProjectFromTheRealFixturesIsCheckedInMemory() {
        CliRun run = CliRun.of(temp, "check", "--dbt", DBT.resolve("manifest.json").toString(), "--dbt-catalog",
                DBT.resolve("catalog.json").toString(), "--fail-on", "critical");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Policy check of dbt").containsPattern("medium\\s+8\\s+owner-required")
                .contains("MEDIUM [owner-required] default.customers")
                .containsPattern("high\\s+4\\s+personal-data-classified")
                .contains("2 columns look like personal data but have no classification: first_name, last_name")
                .contains("Fails at critical and above: passed.");
        assertThat(temp.resolve("workspace.mv.db")).doesNotExist();
    }

    @Test
    void whatADbtProjectDeclaresInMetaIsChecked() throws Exception {
        Path manifest = temp.resolve("manifest.json");
        Files.writeString(manifest, """
                {"metadata": {"dbt_schema_version": "https://schemas.getdbt.com/dbt/manifest/v12.json",
                              "adapter_type": "snowflake"},
                 "sources": {"source.shop.crm.contacts": {"resource_type": "source", "name": "contacts",
                    "database": "RAW_EU", "schema": "CRM", "package_name": "shop",
                    "meta": {"owner": "crm-team", "retention": "P10Y"},
                    "columns": {"email": {"name": "email", "meta": {"classification": "PII.Email"}},
                                "religion": {"name": "religion", "meta": {"classification": ["SpecialCategory.Religion"]}}}}},
                 "nodes": {"model.shop.customers_us": {"resource_type": "model", "name": "CUSTOMERS_US",
                    "database": "ANALYTICS_US", "schema": "MARTS", "package_name": "shop",
                    "config": {"materialized": "table", "meta": {"owner": "growth", "classification": "Confidential",
                               "dpia": "DPIA-2025-03", "retention": "P1Y"}},
                    "depends_on": {"nodes": ["source.shop.crm.contacts"]},
                    "columns": {"email": {"name": "email"}}}}}
                """);

        CliRun run = CliRun.of(temp, "check", "--dbt", manifest.toString(), "--format", "json", "--fail-on",
                "critical");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        List<String> found = new ArrayList<>();
        json.get("violations").forEach(v -> found.add(v.get("rule").asText() + " " + v.get("name").asText()));
        assertThat(found).containsExactlyInAnyOrder(
                "residency-special-category CUSTOMERS_US",
                "retention-within-maximum contacts",
                "dpia-linked contacts",
                "no-sensitivity-downgrade CUSTOMERS_US",
                "residency-eu-personal-data CUSTOMERS_US",
                "personal-data-classified CUSTOMERS_US",
                "naming-warehouse-datasets contacts");
        assertThat(find(json.get("violations"), "retention-within-maximum").get("message").asText())
                .contains("10 years").contains("3 years");
    }

    @Test
    void exitsOneWhenAViolationReachesTheThresholdAndZeroBelowIt() throws IOException {
        Path file = events();

        assertThat(CliRun.of(temp, "check", "--openlineage", file.toString(), "--fail-on", "high").exitCode())
                .isEqualTo(1);
        assertThat(CliRun.of(temp, "check", "--openlineage", file.toString(), "--fail-on", "critical").exitCode())
                .isZero();
        assertThat(CliRun.of(temp, "check", "--openlineage", file.toString(), "--fail-on", "medium").exitCode())
                .isEqualTo(1);
    }

    @Test
    void usageAndInputErrorsExitTwoWithAMessage() throws IOException {
        CliRun missing = CliRun.of(temp, "check", "--dbt", temp.resolve("nope.json").toString());
        CliRun none = CliRun.of(temp, "check");
        CliRun both = CliRun.of(temp, "check", "--workspace", temp.toString(), "--openlineage",
                events().toString());
        CliRun badSeverity = CliRun.of(temp, "check", "--openlineage", events().toString(), "--fail-on", "severe");
        CliRun badFormat = CliRun.of(temp, "check", "--openlineage", events().toString(), "--format", "xml");
        Path truncated = temp.resolve("manifest.json");
        Files.writeString(truncated, "{\"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/");
        CliRun broken = CliRun.of(temp, "check", "--dbt", truncated.toString());
        CliRun notWorkspace = CliRun.of(temp, "check", "--workspace", temp.toString());

        assertThat(List.of(missing, none, both, badSeverity, badFormat, broken, notWorkspace))
                .allSatisfy(run -> assertThat(run.exitCode()).as(run.err()).isEqualTo(2));
        assertThat(missing.err()).contains("no such file").contains("nope.json");
        assertThat(badSeverity.err()).contains("--fail-on must be info, low, medium, high or critical");
        assertThat(badFormat.err()).contains("--format must be text, json or junit");
        assertThat(broken.err()).contains("manifest.json");
        assertThat(notWorkspace.err()).contains("is not a Steward workspace");
    }

    @Test
    void aBrokenRulesFileIsRefusedNamingTheRule() throws IOException {
        Path rules = temp.resolve("rules.json");
        Files.writeString(rules, "{\"rules\": [{\"id\": \"x\", \"check\": \"owner-required\", \"severity\": \"big\"}]}");

        CliRun run = CliRun.of(temp, "check", "--openlineage", events().toString(), "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("rules.json").contains("rule #1 (x): severity must be");
    }

    @Test
    void extraRulesApplyAndJsonParsesBack() throws IOException {
        Path rules = temp.resolve("rules.json");
        Files.writeString(rules, """
                {"rules": [{"id": "naming-marts", "check": "naming", "severity": "critical", "entityType": "dataset",
                  "pattern": "^[a-z_.]+$", "rationale": "Mart names are lower case without spaces."}]}
                """);

        CliRun run = CliRun.of(temp, "check", "--openlineage", events().toString(), "--rules", rules.toString(),
                "--format", "json");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("failed").asBoolean()).isTrue();
        assertThat(json.get("entitiesChecked").asInt()).isEqualTo(2);
        assertThat(json.get("checkMillis").isNumber()).isTrue();
        List<String> rulesWithViolations = new ArrayList<>();
        json.get("rules").forEach(rule -> {
            if (rule.get("violations").asInt() > 0) {
                rulesWithViolations.add(rule.get("id").asText());
            }
        });
        assertThat(rulesWithViolations).containsExactlyInAnyOrder("owner-required", "personal-data-classified",
                "naming-marts");
        JsonNode naming = find(json.get("violations"), "naming-marts");
        assertThat(naming.get("qualifiedName").asText()).contains("Customer Mart");
        assertThat(naming.get("severity").asText()).isEqualTo("critical");
        assertThat(naming.get("fix").asText()).isEqualTo("rename");
        assertThat(find(json.get("violations"), "personal-data-classified").get("evidence").get(0).asText())
                .contains("email");
        assertThat(run.err()).contains("steward check: 4 violations");
    }

    @Test
    void junitXmlHasASuitePerRuleAndFailuresOnlyAtTheThreshold() throws Exception {
        Path report = temp.resolve("report.xml");

        CliRun run = CliRun.of(temp, "check", "--openlineage", events().toString(), "--format", "junit",
                "--output", report.toString(), "--fail-on", "high");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        NodeList suites = root.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(12);
        Element classified = suite(suites, "personal-data-classified");
        assertThat(classified.getAttribute("failures")).isEqualTo("1");
        Element failure = (Element) classified.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("high");
        assertThat(failure.getAttribute("message")).contains("email");
        Element owners = suite(suites, "owner-required");
        assertThat(owners.getAttribute("failures")).isEqualTo("0");
        assertThat(owners.getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("MEDIUM (below --fail-on high)");
        Element dpia = suite(suites, "dpia-linked");
        assertThat(dpia.getAttribute("tests")).isEqualTo("1");
        assertThat(((Element) dpia.getElementsByTagName("testcase").item(0)).getAttribute("name"))
                .isEqualTo("2 other entities pass");
        int failures = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            failures += Integer.parseInt(((Element) suites.item(i)).getAttribute("failures"));
        }
        assertThat(root.getAttribute("failures")).isEqualTo(Integer.toString(failures));
    }

    private static JsonNode find(JsonNode violations, String rule) {
        for (JsonNode violation : violations) {
            if (violation.get("rule").asText().equals(rule)) {
                return violation;
            }
        }
        throw new AssertionError("no violation of " + rule);
    }

    private static Element suite(NodeList suites, String name) {
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            if (suite.getAttribute("name").equals(name)) {
                return suite;
            }
        }
        throw new AssertionError("no suite " + name);
    }
}
