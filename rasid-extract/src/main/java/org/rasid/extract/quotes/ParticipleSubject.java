package org.rasid.extract.quotes;

import java.util.List;
import org.rasid.extract.actors.Actor;
import org.rasid.extract.actors.ActorIndex;
import org.rasid.extract.roles.RoleGrammar;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * Who a participle (مشيرا، مؤكدا) goes on with when no act of its sentence named a speaker: the unnamed source that is
 * the subject of the verb opening the sentence (نفى مصدر شبابي وجود خلاف مع المشرف فؤاد أنور ...، مشيرا إلى أن), else
 * the first person or body its clause names (لكن حركة طالبان تبنت العملية قائلة إن), not a body named inside a title
 * (جدد رئيس الحكومة الليبية عبدالله الثني موقفه، مؤكدا).
 */
final class ParticipleSubject {
    /** Words at most before an unnamed source that is the subject of the sentence's first verb (وقد نفى مصدر). */
    private static final int SOURCE_SUBJECT_AT = 3;

    private ParticipleSubject() {
    }

    /** The subject the participle at {@code p} goes on with; null when its clause names none. */
    static Speaker of(List<Word> words, int p, ActorIndex actors, Speakers speakers) {
        Speaker source = unnamedSubject(words, p, actors, speakers);
        if (source != null) {
            return source;
        }
        Actor subject = actors.allWithin(new Actor.Mention(words.get(0).start(), words.get(p - 1).end())).stream()
                .filter(a -> !a.type().equals("LOC") && !insideTitle(words, a, p)).findFirst().orElse(null);
        return subject == null ? null : new Speaker(subject.id(), subject.name(), null);
    }

    /** The source is its noun with the adjectives after it (شبابي، مطلعة، مسؤول); null when the sentence opens otherwise. */
    private static Speaker unnamedSubject(List<Word> words, int p, ActorIndex actors, Speakers speakers) {
        for (int k = 1; k <= SOURCE_SUBJECT_AT && k < p; k++) {
            Word w = words.get(k);
            if (QuoteWords.isUnnamedSource(w) && !w.stripped()
                    && actors.allWithin(new Actor.Mention(w.start(), w.end())).isEmpty()) {
                int end = k + 1;
                while (end < p && end - k <= 2 && isSourceAdjective(words.get(end))) {
                    end++;
                }
                return speakers.resolve(SpeakerPhrase.parse(words.subList(k, end)));
            }
            if (Words.isPunct(w)) {
                return null;
            }
        }
        return null;
    }

    /** An indefinite adjective describing a source: a relational one (أمني، شبابية) or a participle (مطلع، مسؤول). */
    static boolean isSourceAdjective(Word w) {
        String n = w.norm();
        return !n.startsWith("ال") && !w.stripped() && n.length() > 3 && (n.endsWith("ي") || n.endsWith("يه")
                || n.startsWith("م") && !QuoteWords.isCut(w));
    }

    /**
     * Whether a body's first mention in the clause follows a title's head word (رئيس الحكومة الليبية): it belongs to
     * the title of the person named next. A person after a title (الأمير جلوي) is the subject itself.
     */
    private static boolean insideTitle(List<Word> words, Actor a, int p) {
        if (a.type().equals("PERS")) {
            return false;
        }
        for (Actor.Mention m : a.mentions()) {
            for (int k = 1; k < p; k++) {
                if (words.get(k).start() == m.start()) {
                    return RoleGrammar.isHead(words.get(k - 1));
                }
            }
        }
        return false;
    }
}
