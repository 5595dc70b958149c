package org.steward.model.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PolicyRulesTest {

    private static List<String> offenders(PolicyReport report) {
        return report.violations().stream().map(Violation::entityName).toList();
    }

    @Nested
    class OwnerRequiredRule {
        @Test
        void flagsADatasetWithoutOwnerAndOnlyThatOne() {
            Facts facts = new Facts();
            facts.dataset("orphan").owner("").add();
            facts.dataset("owned").owner("ana").add();

            PolicyReport report = Facts.check(facts.catalog(), "owner-required");

            assertThat(offenders(report)).containsExactly("orphan");
            assertThat(report.violations().get(0).fix()).isEqualTo(FixKind.SET_OWNER);
            assertThat(report.violations().get(0).severity()).isEqualTo(Severity.MEDIUM);
        }
    }

    @Nested
    class PersonalDataClassifiedRule {
        @Test
        void flagsSuspectedColumnsWithoutLabelAndNamesThem() {
            Facts facts = new Facts();
            facts.dataset("contacts").suspected("email_addr").suspected("phone").column("id").add();
            facts.dataset("customers").column("email", "PII.Email").column("id").add();

            PolicyReport report = Facts.check(facts.catalog(), "personal-data-classified");

            assertThat(offenders(report)).containsExactly("contacts");
            assertThat(report.violations().get(0).message()).contains("2 columns").contains("email_addr, phone");
            assertThat(report.violations().get(0).evidence()).hasSize(2);
        }

        @Test
        void aSuspectedColumnThatCarriesALabelPasses() {
            Facts facts = new Facts();
            facts.dataset("customers").suspected("email", "PII.Email").add();

            assertThat(Facts.check(facts.catalog(), "personal-data-classified").violations()).isEmpty();
        }
    }

    @Nested
    class RetentionRules {
        @Test
        void personalDataWithoutDeclaredRetentionIsFlaggedWithItsMaximum() {
            Facts facts = new Facts();
            facts.dataset("customers").column("email", "PII.Email").add();
            facts.dataset("products").column("sku").add();

            PolicyReport report = Facts.check(facts.catalog(), "retention-declared");

            assertThat(offenders(report)).containsExactly("customers");
            assertThat(report.violations().get(0).message()).contains("PII.Email").contains("6 years");
        }

        @Test
        void declaredRetentionSatisfiesTheDeclaredRule() {
            Facts facts = new Facts();
            facts.dataset("customers").attribute("retention_days", "365").column("email", "PII.Email").add();

            assertThat(Facts.check(facts.catalog(), "retention-declared").violations()).isEmpty();
        }

        @Test
        void retentionLongerThanTheShortestClassificationMaximumIsFlagged() {
            Facts facts = new Facts();
            facts.dataset("sessions").attribute("retention", "P2Y").column("ip", "PII.IPAddress")
                    .column("email", "PII.Email").add();
            facts.dataset("customers").attribute("retention", "P5Y").column("email", "PII.Email").add();

            PolicyReport report = Facts.check(facts.catalog(), "retention-within-maximum");

            assertThat(offenders(report)).containsExactly("sessions");
            assertThat(report.violations().get(0).message()).contains("2 years").contains("1 year")
                    .contains("PII.IPAddress");
        }

        @Test
        void theRawStageCapsPersonalDataShorterThanItsClassification() {
            Facts facts = new Facts();
            facts.dataset("raw_customers").in("s3-lake-eu", "raw", "shop_db").attribute("retention_days", "400")
                    .column("email", "PII.Email").add();
            facts.dataset("raw_products").in("s3-lake-eu", "raw", "shop_db").attribute("retention_days", "400")
                    .column("sku").add();

            PolicyReport report = Facts.check(facts.catalog(), "retention-within-maximum");

            assertThat(offenders(report)).containsExactly("raw_customers");
            assertThat(report.violations().get(0).message()).contains("400 days").contains("90 days")
                    .contains("raw landing stage");
        }
    }

    @Nested
    class DpiaRule {
        @Test
        void highlySensitiveDataNeedsADpiaReference() {
            Facts facts = new Facts();
            facts.dataset("employees").column("national_id", "PII.NationalId").add();
            facts.dataset("patients").attribute("dpia", "DPIA-2024-07").column("diagnosis", "PHI.Health").add();
            facts.dataset("customers").column("email", "PII.Email").add();

            PolicyReport report = Facts.check(facts.catalog(), "dpia-linked");

            assertThat(offenders(report)).containsExactly("employees");
            assertThat(report.violations().get(0).fix()).isEqualTo(FixKind.LINK_DPIA);
        }
    }

    @Nested
    class NamingRules {
        @Test
        void warehouseNamesMustBeUpperSnakeCase() {
            Facts facts = new Facts();
            facts.dataset("DIM_CUSTOMER").in("snowflake", "ANALYTICS", "CORE").add();
            facts.dataset("dimCustomer").in("snowflake", "ANALYTICS", "CORE").add();
            facts.dataset("dimOther").in("pg-prod", "shop", "public").add();

            assertThat(offenders(Facts.check(facts.catalog(), "naming-warehouse-datasets")))
                    .containsExactly("dimCustomer");
        }

        @Test
        void columnNamesThatNeedQuotingAreListed() {
            Facts facts = new Facts();
            facts.dataset("orders").column("order id").column("total-amount").column("customer_id").add();
            facts.dataset("fine").column("id").add();

            PolicyReport report = Facts.check(facts.catalog(), "naming-columns");

            assertThat(offenders(report)).containsExactly("orders");
            assertThat(report.violations().get(0).evidence()).containsExactly("column: order id",
                    "column: total-amount");
        }
    }

    @Nested
    class FlowRules {
        @Test
        void personalDataReachingAPublicDatasetThroughUnclassifiedHopsIsCritical() {
            Facts facts = new Facts();
            Facts.Dataset customers = facts.dataset("customers").column("email", "PII.Email").add();
            Facts.Dataset raw = facts.dataset("raw_customers").column("email").add();
            Facts.Dataset open = facts.dataset("open_data").label("Public").column("email").add();
            facts.flow(customers, raw).flow(raw, open);

            PolicyReport report = Facts.check(facts.catalog(), "no-personal-data-into-public");

            assertThat(offenders(report)).containsExactly("open_data");
            Violation violation = report.violations().get(0);
            assertThat(violation.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(violation.evidence().get(0)).contains("customers@pg-prod-eu → raw_customers@pg-prod-eu → "
                    + "open_data@pg-prod-eu");
        }

        @Test
        void columnLineageThatCarriesNoPersonalColumnIsNoLeak() {
            Facts facts = new Facts();
            Facts.Dataset orders = facts.dataset("orders").column("ip", "PII.IPAddress").column("order_date").add();
            Facts.Dataset dates = facts.dataset("dim_date").label("Public").column("date").add();
            facts.flow(orders, dates).columnFlow(orders, "order_date", dates, "date");

            assertThat(Facts.check(facts.catalog(), "no-personal-data-into-public").violations()).isEmpty();
        }

        @Test
        void columnLineageFromAPersonalColumnIsALeak() {
            Facts facts = new Facts();
            Facts.Dataset orders = facts.dataset("orders").column("ip", "PII.IPAddress").column("order_date").add();
            Facts.Dataset dates = facts.dataset("dim_date").label("Public").column("date").column("ip_seen").add();
            facts.flow(orders, dates).columnFlow(orders, "order_date", dates, "date")
                    .columnFlow(orders, "ip", dates, "ip_seen");

            assertThat(offenders(Facts.check(facts.catalog(), "no-personal-data-into-public")))
                    .containsExactly("dim_date");
        }

        @Test
        void aLowerLabelDownstreamOfPersonalDataIsADowngrade() {
            Facts facts = new Facts();
            Facts.Dataset employees = facts.dataset("employees").label("Restricted")
                    .column("national_id", "PII.NationalId").add();
            Facts.Dataset headcount = facts.dataset("headcount").label("Internal").column("team").add();
            Facts.Dataset payroll = facts.dataset("payroll").label("Restricted").column("salary").add();
            facts.flow(employees, headcount).flow(employees, payroll);

            PolicyReport report = Facts.check(facts.catalog(), "no-sensitivity-downgrade");

            assertThat(offenders(report)).containsExactly("headcount");
            assertThat(report.violations().get(0).message()).contains("sensitivity 1").contains("sensitivity 4");
        }

        @Test
        void flowsWithoutPersonalDataAreNotJudged() {
            Facts facts = new Facts();
            Facts.Dataset products = facts.dataset("products").label("Confidential").column("sku").add();
            Facts.Dataset catalogue = facts.dataset("catalogue").label("Public").column("sku").add();
            facts.flow(products, catalogue);

            assertThat(Facts.check(facts.catalog(), "no-personal-data-into-public", "no-sensitivity-downgrade")
                    .violations()).isEmpty();
        }
    }

    @Nested
    class ResidencyRules {
        @Test
        void euPersonalDataFlowingToTheUsIsFlaggedButJapanIsAllowed() {
            Facts facts = new Facts();
            Facts.Dataset customers = facts.dataset("customers").in("pg-prod-eu", "shop", "public")
                    .column("email", "PII.Email").add();
            Facts.Dataset us = facts.dataset("CUSTOMERS_US").in("snowflake", "ANALYTICS_US", "CORE")
                    .label("Confidential").add();
            Facts.Dataset jp = facts.dataset("CUSTOMERS_JP").in("snowflake", "ANALYTICS_JP", "CORE")
                    .label("Confidential").add();
            facts.flow(customers, us).flow(customers, jp);

            PolicyReport report = Facts.check(facts.catalog(), "residency-eu-personal-data");

            assertThat(offenders(report)).containsExactly("CUSTOMERS_US");
            assertThat(report.violations().get(0).message()).contains("region us").contains("region eu");
        }

        @Test
        void aRegionAttributeWinsOverTheSourceName() {
            Facts facts = new Facts();
            Facts.Dataset patients = facts.dataset("patients").in("pg-prod-uk", "clinic", "public")
                    .column("diagnosis", "SpecialCategory.Health").add();
            Facts.Dataset copy = facts.dataset("patients_copy").in("pg-prod-uk", "clinic", "public")
                    .attribute("region", "eu-west-1").label("Restricted").add();
            facts.flow(patients, copy);

            assertThat(offenders(Facts.check(facts.catalog(), "residency-special-category")))
                    .containsExactly("patients_copy");
        }

        @Test
        void unknownRegionsAreNotJudged() {
            Facts facts = new Facts();
            Facts.Dataset customers = facts.dataset("customers").in("pg-prod-eu", "shop", "public")
                    .column("email", "PII.Email").add();
            Facts.Dataset elsewhere = facts.dataset("copy").in("warehouse", "analytics", "core")
                    .label("Confidential").add();
            facts.flow(customers, elsewhere);

            assertThat(Facts.check(facts.catalog(), "residency-eu-personal-data").violations()).isEmpty();
        }
    }

    @Test
    void pendingOwnerAndClassificationChangesCountAsDone() {
        Facts facts = new Facts();
        Facts.Dataset orphan = facts.dataset("orphan").owner("").suspected("email").add();
        long email = orphan.columnId("email");
        PolicyCatalog pending = facts.catalog().withPending(List.of(
                new org.steward.model.change.ProposedChange(1, 1, new org.steward.model.change.OwnerChange(
                        orphan.id, "", "ana"), "ana", org.steward.model.change.ChangeState.PENDING, null),
                new org.steward.model.change.ProposedChange(2, 1, new org.steward.model.change.ClassificationAdded(
                        email, "PII.Email"), "ana", org.steward.model.change.ChangeState.PENDING, null)));

        assertThat(Facts.check(facts.catalog(), "owner-required", "personal-data-classified").violations()).hasSize(2);
        assertThat(Facts.check(pending, "owner-required", "personal-data-classified").violations()).isEmpty();
    }

    @Test
    void aPendingDpiaReferenceAndRetentionCountAsDone() {
        Facts facts = new Facts();
        Facts.Dataset employees = facts.dataset("employees").column("national_id", "PII.NationalId").add();
        PolicyCatalog pending = facts.catalog().withPending(List.of(
                new org.steward.model.change.ProposedChange(1, 1, new org.steward.model.change.AttributeChange(
                        employees.id, "dpia", "", "DPIA-7"), "ana", org.steward.model.change.ChangeState.PENDING,
                        null),
                new org.steward.model.change.ProposedChange(2, 1, new org.steward.model.change.AttributeChange(
                        employees.id, "retention", "", "P5Y"), "ana", org.steward.model.change.ChangeState.PENDING,
                        null)));

        assertThat(Facts.check(facts.catalog(), "dpia-linked", "retention-declared").violations()).hasSize(2);
        assertThat(Facts.check(pending, "dpia-linked", "retention-declared").violations()).isEmpty();
    }
}
