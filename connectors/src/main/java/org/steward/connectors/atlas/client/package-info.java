/**
 * The connection to an Apache Atlas server: endpoint settings, a session speaking REST v2 over HTTP(S), TLS trust,
 * errors mapped to {@link org.steward.connectors.atlas.client.AtlasException}, and "test connection".
 *
 * <p>A thin layer on {@code java.net.http} instead of {@code AtlasClientV2}: the Atlas client (Jersey 1) cannot send a
 * bearer token, takes its timeouts from one process-wide {@code atlas-application.properties}, sets up TLS through
 * Hadoop's {@code ssl-client.xml} (hadoop-common, which the trimmed tree leaves out), and its blocking calls cannot be
 * cancelled, so a hung server would hold a pull the user cancelled. The request and response bodies are Atlas REST
 * v2's own JSON (the shapes of {@code AtlasEntity}, {@code AtlasSearchResult}, {@code AtlasTypesDef}).
 */
package org.steward.connectors.atlas.client;
