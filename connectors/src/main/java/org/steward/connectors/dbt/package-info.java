/**
 * dbt import: {@code manifest.json} with an optional {@code catalog.json}. Datasets are named by their warehouse
 * relation {@code database.schema.alias} (without the database when the adapter has none); each model and
 * snapshot has a PROCESS {@code dbt:<unique_id>} (its build step) fed by its {@code depends_on.nodes}; exposures
 * are dashboards named by their unique id; columns are {@code dataset.column}. Tests are not entities: each adds a
 * {@code dbt.test.<name>} attribute to the node it tests, and so does each unit test ({@code dbt.unit_test.<name>}).
 * Metrics, semantic models and saved queries are not entities: an exposure that depends on one is linked to the
 * models underneath (and lists the metrics in {@code dbt.metrics}). Models carry {@code dbt.group}, {@code
 * dbt.access}, {@code dbt.version} and {@code dbt.latest_version}; a model with no {@code meta.owner} is owned by its
 * group's owner. Analyses, operations and disabled nodes are skipped.
 */
package org.steward.connectors.dbt;
