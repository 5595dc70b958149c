package org.steward.model.push;

import org.steward.model.platform.PlatformEndpoint;

/** Opens a push target for a configured platform connection (with its stored credentials). */
public interface PushTargetFactory {

    /** @throws org.steward.model.platform.PlatformException when the connection cannot be opened */
    PushTarget open(PlatformEndpoint endpoint);
}
