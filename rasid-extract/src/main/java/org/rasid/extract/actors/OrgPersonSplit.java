package org.rasid.extract.actors;

import java.util.ArrayList;
import java.util.List;
import org.rasid.core.model.Entity;
import org.rasid.core.model.Token;
import org.rasid.extract.text.ElidedArticle;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * Splits an organisation the entity layer ran into the person named after it, in a title: in مفوضة الاتحاد
 * الأوروبي فيديريكا موغيريني the model tags الاتحاد الأوروبي فيديريكا as one ORG, though the registry knows
 * الاتحاد الأوروبي and what follows may only be a name. The body keeps the registry's part; the rest, with at most
 * one more name word the model left out, becomes a person. Only after a title word (وزيرة، مدير، المتحدث ...), where a
 * person's name is expected after the body.
 */
final class OrgPersonSplit {
    /** Words a person's name may have, at most. */
    private static final int MAX_NAME_WORDS = 3;
    /** How far before the body its title may start (وزيرة خارجية الاتحاد الأوروبي). */
    private static final int TITLE_REACH = 3;

    private final ActorRegistry registry;
    private final NameWords words;

    OrgPersonSplit(ActorRegistry registry, NameWords words) {
        this.registry = registry;
        this.words = words;
    }

    List<Entity> apply(String text, List<Token> tokens, List<Entity> entities) {
        List<Entity> out = null;
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            List<Entity> split = e.type().equals("ORG") && e.text().indexOf(' ') > 0 ? split(text, tokens, e, entities) : null;
            if (split != null) {
                if (out == null) {
                    out = new ArrayList<>(entities.subList(0, i));
                }
                out.addAll(split);
            } else if (out != null) {
                out.add(e);
            }
        }
        return out == null ? entities : out;
    }

    private List<Entity> split(String text, List<Token> tokens, Entity e, List<Entity> entities) {
        List<Word> inside = Words.in(text, e.start(), e.end());
        String elided = ElidedArticle.at(tokens, e.start()) ? "ا" : "";
        // a body of two words at least: one word (جامعة، اتحاد، واشنطن) is as often the head of a longer name
        for (int k = inside.size() - 1; k >= 2 && inside.size() - k <= MAX_NAME_WORDS; k--) {
            KnownActor body = registry.find(Names.key(elided + text.substring(e.start(), inside.get(k - 1).end())));
            if (body == null || !body.type().equals("ORG")) {
                continue;
            }
            if (!inside.subList(k, inside.size()).stream().allMatch(words::mayBeName) || !afterTitle(text, e)) {
                return null;
            }
            int end = e.end();
            List<Word> after = Words.in(text, e.end(), Math.min(text.length(), e.end() + 40));
            if (inside.size() - k == 1 && !after.isEmpty() && after.get(0).start() == e.end() + 1
                    && NameExtension.free(after.get(0), entities) && words.mayBeName(after.get(0)) && !particle(after.get(0))) {
                end = after.get(0).end(); // فيديريكا + موغيريني, the surname the model left out
            }
            int bodyEnd = inside.get(k - 1).end();
            int personStart = inside.get(k).start();
            return List.of(new Entity(e.start(), bodyEnd, "ORG", text.substring(e.start(), bodyEnd), e.value(), e.actor()),
                    new Entity(personStart, end, "PERS", text.substring(personStart, end), null, null));
        }
        return null;
    }

    private boolean afterTitle(String text, Entity e) {
        List<Word> before = Words.in(text, Math.max(0, e.start() - 60), e.start());
        for (int j = before.size() - 1; j >= 0 && j >= before.size() - TITLE_REACH; j--) {
            if (words.titleHead(before.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** بأن، لأن، فإن: a particle with a clitic, which may look like a name word. */
    private static boolean particle(Word w) {
        String n = w.norm();
        return n.length() == 3 && n.endsWith("ان") && "بلفو".indexOf(n.charAt(0)) >= 0;
    }
}
