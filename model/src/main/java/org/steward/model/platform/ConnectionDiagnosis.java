package org.steward.model.platform;

import java.util.List;
import java.util.Optional;

/**
 * What "test connection" found: whether Steward can work with the platform, a one-line verdict naming the cause
 * when not (DNS, refused, TLS untrusted or wrong host name, credentials rejected, not Atlas…), the steps checked, and
 * the platform's version when it answered.
 */
public record ConnectionDiagnosis(boolean ok, String summary, List<String> steps, Optional<String> version) {

    public ConnectionDiagnosis {
        steps = List.copyOf(steps);
        version = version == null ? Optional.empty() : version;
    }
}
