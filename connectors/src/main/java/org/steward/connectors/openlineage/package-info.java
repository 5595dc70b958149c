/**
 * OpenLineage import: one event, a JSON array of events, or newline-delimited events (RunEvent, JobEvent,
 * DatasetEvent), read one event at a time.
 *
 * <h2>Qualified names</h2>
 * <ul>
 *   <li>Dataset: {@code namespace + "/" + name}, e.g. {@code postgres://db:5432} and {@code shop.public.orders}
 *       give {@code postgres://db:5432/shop.public.orders}; when the name starts with {@code /} (paths) or the
 *       namespace ends with one, no extra slash is added: {@code s3://bucket} + {@code /lake/orders} gives
 *       {@code s3://bucket/lake/orders}.</li>
 *   <li>Job (a PROCESS): {@code "job:" + namespace + "/" + name}, so a job never collides with a dataset of the
 *       same namespace and name.</li>
 *   <li>Column: {@code datasetQualifiedName + "#" + fieldPath}; nested schema fields join with dots
 *       ({@code #address.city}).</li>
 * </ul>
 * <h2>Catalog tree</h2>
 * The source system is the dataset's namespace. For path-like datasets (s3, gs, file, hdfs, abfss… or names that
 * start with {@code /}) the schema is the folder and the name the last path segment; for topics (kafka, pubsub,
 * kinesis) the name is kept whole; otherwise a dotted name splits as {@code database.schema.table}
 * ({@code schema.table} for two parts, middle parts join the schema for more than three).
 * <h2>Identity and merging</h2>
 * A dataset's identity is the namespace and name the event gives it. Symlinks are kept as the {@code symlinks}
 * attribute and never merge identities, because producers disagree on which identifier is primary. The same
 * dataset or job in many events is one entity: the last non-blank description, owner and type win, attributes and
 * columns are united, within a batch, across the batches of a large file and across imports (the workspace merges
 * OpenLineage records with what it stores, since an event carries only the facets its run saw). Datasets that appear without facets, and column-lineage inputs, are only referred to and
 * never erase what another event said. Run data (run ids, times, statistics) is not kept.
 * <h2>Facets</h2>
 * schema (columns with type and description), columnLineage ({@code fields}: each input field feeds the output
 * field, via the job, and the field's transformations (type, subtype, masking; or the 1-0 facet's
 * transformationType and transformationDescription) become its {@code columnLineage.transformations} attribute,
 * with {@code columnLineage.masked} when an input is masked; {@code dataset}: the field's dataset is an input of
 * the job; in both forms the input dataset also becomes an input of the job), dataSource, documentation, ownership, symlinks, datasetType, storage,
 * lifecycleStateChange and tags on datasets; documentation, ownership, jobType, sql and sourceCodeLocation on
 * jobs. Unknown facets are skipped; a facet that is read must have the structure of its spec.
 */
package org.steward.connectors.openlineage;
