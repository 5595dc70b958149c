/**
 * Apache Atlas import: lineage responses ({@code AtlasLineageInfo}) and entity exports
 * ({@code AtlasEntityWithExtInfo}, {@code AtlasEntitiesWithExtInfo}, search results and bare entities), parsed
 * leniently with Jackson into trees: unknown fields that servers add are skipped.
 * Qualified names are Atlas's own {@code qualifiedName}s. Types map by family suffix: {@code *_table},
 * {@code *_topic}, {@code *_bucket}, {@code *_object}, {@code *_pseudo_dir}, {@code *_path}, {@code *_view},
 * {@code DataSet} → dataset; {@code *_column} → column; {@code *_process} → process; {@code *_column_lineage} →
 * column edges (inputs × outputs) via the process named by its {@code query} or by its qualified name without the
 * last {@code :column} part, when the payload defines it. The catalog tree places {@code db.table@cluster} under
 * source {@code family@cluster} (e.g. {@code hive@cl1}) and database {@code db}.
 */
package org.steward.connectors.atlas;
