package org.steward.model.push;

/**
 * What the push needs to address an entity on the platform: its qualified name and platform type, and, when it
 * was pulled, its remote guid and the version and update time seen then (the base for conflict detection).
 */
public record EntityRef(long id, String qualifiedName, String typeName, String guid, Long baseVersion,
                        Long baseUpdateTime) {

    public boolean pulled() {
        return guid != null && !guid.isBlank();
    }
}
