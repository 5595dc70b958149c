package org.steward.model.demo;

/** The job that produces a planned dataset or dashboard from its inputs. */
record PlannedProcess(String qualifiedName, String name, String subtype, String source, String database,
                      String schema, String codeLocation) {
}
