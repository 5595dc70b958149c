package org.steward.model.masking;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Choices for generated DDL.
 *
 * @param includeSalt   write the workspace's salt into the script (only when the user asks: the script becomes secret)
 * @param unmaskedRoles Snowflake roles that see real values
 */
public record DdlOptions(boolean includeSalt, List<String> unmaskedRoles) {
    public static final String DEFAULT_ROLE = "STEWARD_UNMASKED";
    private static final Pattern ROLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    public DdlOptions {
        unmaskedRoles = unmaskedRoles == null || unmaskedRoles.isEmpty() ? List.of(DEFAULT_ROLE)
                : List.copyOf(unmaskedRoles);
        for (String role : unmaskedRoles) {
            if (!ROLE.matcher(role).matches()) {
                throw new IllegalArgumentException("'" + role + "' is not a role name: use letters, digits, _ and $,"
                        + " starting with a letter or _");
            }
        }
    }

    public static DdlOptions defaults() {
        return new DdlOptions(false, List.of());
    }
}
