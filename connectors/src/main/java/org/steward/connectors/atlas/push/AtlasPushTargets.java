package org.steward.connectors.atlas.push;

import java.time.Duration;
import org.steward.connectors.atlas.client.AtlasEndpoint;
import org.steward.connectors.atlas.client.AtlasSession;
import org.steward.model.platform.PlatformEndpoint;
import org.steward.model.platform.SecretStore;
import org.steward.model.push.CircuitBreaker;
import org.steward.model.push.PushTarget;
import org.steward.model.push.PushTargetFactory;
import org.steward.model.push.RetryPolicy;

/**
 * Opens push targets for configured Atlas connections, with their stored credentials. One circuit breaker per
 * target: it opens after {@code breakerThreshold} failed calls in a row and probes again after {@code coolDown}.
 */
public final class AtlasPushTargets implements PushTargetFactory {
    private final SecretStore secrets;
    private final RetryPolicy policy;
    private final int breakerThreshold;
    private final Duration coolDown;

    public AtlasPushTargets(SecretStore secrets, RetryPolicy policy, int breakerThreshold, Duration coolDown) {
        this.secrets = secrets;
        this.policy = policy;
        this.breakerThreshold = breakerThreshold;
        this.coolDown = coolDown;
    }

    public AtlasPushTargets(SecretStore secrets) {
        this(secrets, RetryPolicy.standard(), 5, Duration.ofSeconds(15));
    }

    @Override
    public PushTarget open(PlatformEndpoint endpoint) {
        AtlasSession session = AtlasSession.open(AtlasEndpoint.of(endpoint), secrets);
        return AtlasPushTarget.open(session, policy, new CircuitBreaker(breakerThreshold, coolDown));
    }
}
