/**
 * dbt import: {@code manifest.json} with an optional {@code catalog.json}. Datasets are named by their warehouse
 * relation {@code database.schema.alias} (without the database when the adapter has none); each model and
 * snapshot has a PROCESS {@code dbt:<unique_id>} (its build step) fed by its {@code depends_on.nodes}; exposures
 * are dashboards named by their unique id; columns are {@code dataset.column}. Tests are not entities: each adds a
 * {@code dbt.test.<name>} attribute to the node it tests. Analyses, operations, metrics and semantic models are
 * skipped.
 */
package org.steward.connectors.dbt;
