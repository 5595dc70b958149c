/**
 * What every file importer shares: the {@link org.steward.model.ingest.CatalogImporter} contract, bounded
 * streaming JSON reading with errors that name file, line, column, byte offset and JSON path, and the
 * {@link org.steward.connectors.importing.BatchCollector} that merges and batches records for the one ingestion
 * path.
 */
package org.steward.connectors.importing;
