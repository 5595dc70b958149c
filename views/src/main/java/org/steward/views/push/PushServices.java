package org.steward.views.push;

import java.util.List;
import org.steward.model.platform.PlatformEndpoint;
import org.steward.model.platform.PlatformRegistry;
import org.steward.model.push.PushTarget;
import org.steward.model.push.PushTargetFactory;

/** What the app wires in for pushes: the configured platform connections and how to open a push target on one. */
public record PushServices(PlatformRegistry registry, PushTargetFactory targets) {
    public static final PushServices NONE = new PushServices(new PlatformRegistry() {
        @Override
        public List<PlatformEndpoint> endpoints() {
            return List.of();
        }

        @Override
        public void save(PlatformEndpoint endpoint) {
            throw new UnsupportedOperationException("no platform connections in this set-up");
        }

        @Override
        public void remove(String name) {
            throw new UnsupportedOperationException("no platform connections in this set-up");
        }
    }, endpoint -> {
        throw new IllegalStateException("pushing is not set up");
    });

    public List<String> endpointNames() {
        return registry.endpoints().stream().filter(e -> PlatformEndpoint.ATLAS.equals(e.kind()))
                .map(PlatformEndpoint::name).toList();
    }

    public PushTarget open(String endpointName) {
        PlatformEndpoint endpoint = registry.endpoint(endpointName).orElseThrow(() -> new IllegalArgumentException(
                "There is no platform connection named " + endpointName + "."));
        return targets.open(endpoint);
    }
}
