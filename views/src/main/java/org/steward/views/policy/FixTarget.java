package org.steward.views.policy;

/**
 * Where a fix-it leads: an area, the entity to show there and what to bring into view ({@code owner},
 * {@code classifications}, {@code retention}, {@code attributes}, or nothing).
 */
public record FixTarget(String area, long entityId, String focus) {
}
