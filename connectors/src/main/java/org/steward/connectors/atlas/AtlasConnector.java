package org.steward.connectors.atlas;

import org.steward.connectors.atlas.client.AtlasConnectionTest;
import org.steward.connectors.atlas.client.AtlasEndpoint;
import org.steward.connectors.atlas.client.AtlasSession;
import org.steward.model.platform.ConnectionDiagnosis;
import org.steward.model.platform.PlatformConnector;
import org.steward.model.platform.PlatformEndpoint;
import org.steward.model.platform.PullRequest;
import org.steward.model.platform.PullResult;
import org.steward.model.platform.SecretStore;
import org.steward.model.task.ProgressMonitor;
import org.steward.model.workspace.Workspace;

/** Apache Atlas as a {@link PlatformConnector}: test connection and pull over REST v2. */
public final class AtlasConnector implements PlatformConnector {
    /** Entities per basic-search page. */
    public static final int PAGE_SIZE = 500;
    /** Guids per {@code entity/bulk} request; Atlas's web server limits the length of a URL. */
    public static final int BULK_SIZE = 100;

    private final SecretStore secrets;
    private final AtlasRetry retry;
    private final int pageSize;

    public AtlasConnector(SecretStore secrets) {
        this(secrets, AtlasRetry.standard(), PAGE_SIZE);
    }

    AtlasConnector(SecretStore secrets, AtlasRetry retry, int pageSize) {
        this.secrets = secrets;
        this.retry = retry;
        this.pageSize = pageSize;
    }

    /** A connector that retries sooner (tests) or pages differently (benchmarks). */
    public static AtlasConnector withPaging(SecretStore secrets, int pageSize) {
        return new AtlasConnector(secrets, AtlasRetry.standard(), pageSize);
    }

    @Override
    public String kind() {
        return PlatformEndpoint.ATLAS;
    }

    @Override
    public ConnectionDiagnosis test(PlatformEndpoint endpoint, ProgressMonitor monitor) {
        return AtlasConnectionTest.run(AtlasEndpoint.of(endpoint), secrets, monitor);
    }

    @Override
    public PullResult pull(Workspace workspace, PlatformEndpoint endpoint, PullRequest request, String actor,
                           ProgressMonitor monitor) {
        AtlasSession session = AtlasSession.open(AtlasEndpoint.of(endpoint), secrets);
        return new AtlasPull(session, retry, pageSize, BULK_SIZE).run(workspace, request, actor, monitor);
    }
}
