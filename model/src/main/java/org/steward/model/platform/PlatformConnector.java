package org.steward.model.platform;

import org.steward.model.task.ProgressMonitor;
import org.steward.model.workspace.Workspace;

/**
 * A metadata platform as the app and views see it; the connectors module implements it (Apache Atlas). Every call
 * may block on the network: run it off the FX thread. Failures are {@link PlatformException}s with a message that
 * names the endpoint and the cause.
 */
public interface PlatformConnector {

    /** The kind of platform, as in {@link PlatformEndpoint#kind()}. */
    String kind();

    /** Checks name resolution, the TCP connection, TLS, the credentials and that the server is what it claims. */
    ConnectionDiagnosis test(PlatformEndpoint endpoint, ProgressMonitor monitor);

    /**
     * Pulls type definitions, entities, their classifications and glossary terms, and the lineage asked for into
     * the workspace through the one ingestion path, in one transaction: a failure or cancel leaves the workspace as
     * it was.
     */
    PullResult pull(Workspace workspace, PlatformEndpoint endpoint, PullRequest request, String actor,
                    ProgressMonitor monitor);
}
