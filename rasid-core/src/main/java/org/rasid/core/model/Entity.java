package org.rasid.core.model;

import org.rasid.core.Span;

/**
 * A named or typed mention: PERS, ORG, LOC, MISC, DATE, TIME, NUMBER, MONEY, PERCENT, NORP, ROLE.
 * {@code value} is the parsed value where the type has one (an ISO date, a number, a {min,max} range);
 * {@code actor} is the id of the canonical actor this mention denotes, when one is known.
 */
public record Entity(int start, int end, String type, String text, Object value, String actor) implements Span {
    public Entity {
        Span.check(start, end);
    }

    public Entity withActor(String actorId) {
        return new Entity(start, end, type, text, value, actorId);
    }
}
