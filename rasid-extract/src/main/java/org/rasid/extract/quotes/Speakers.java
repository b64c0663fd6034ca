package org.rasid.extract.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rasid.core.Span;
import org.rasid.core.model.Token;
import org.rasid.extract.actors.Actor;
import org.rasid.extract.actors.ActorIndex;
import org.rasid.extract.roles.NationalityLexicon;
import org.rasid.extract.roles.RoleGrammar;
import org.rasid.extract.text.Arabic;
import org.rasid.extract.text.ElidedArticle;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * The speakers of one article: names a speaker phrase (an actor, an earlier speaker it repeats or shortens, the
 * issuer of a statement) and remembers who spoke last, in this sentence, and "في بيان".
 */
final class Speakers {
    private static final Set<String> STATEMENT_NOUNS = Set.of("بيان", "البيان");
    /** Nouns for what an organization issues; "بيان لـ X" / "تقرير لشركة X" is X's. */
    static final Set<String> ISSUED_NOUNS = Set.of("بيان", "تقرير");
    /** Definite source nouns that take up a source described before, also with an adjective (المصادر الخاصة). */
    private static final Set<String> DEFINITE_SOURCES = Set.of("المصادر", "المصدر");
    /** Adjectives that tell no source from another (المصادر الخاصة، المصدر المطلع), as name keys. */
    private static final Set<String> ANY_SOURCE = Set.of("خاصه", "مطلعه", "مطلع", "مذكوره", "مذكور");
    private static final Set<String> SAMENESS = Set.of("نفس", "ذات", "ذاته", "نفسه", "نفسها", "ذاتها");
    /** Tells a nationality adjective (الأمريكية، الروسي) in a description that takes up a body named before. */
    private static final NationalityLexicon NATIONALITIES = NationalityLexicon.shared();

    private final String text;
    /** The text layer's tokens: their segments tell an article written without its alef (للقيادة). */
    private final List<Token> tokens;
    private final ActorIndex actors;
    /** Who spoke last, in any sentence: the speaker of a continuation (وأضاف أن). */
    Speaker last;
    /** Who spoke last "في بيان": the one a later "وأوضح البيان" speaks for. */
    Speaker issuer;
    /** Who spoke last in the current sentence: the one its participles (مشيرا) continue. */
    Speaker inSentence;
    private final List<Speaker> named = new ArrayList<>();

    Speakers(String text, List<Token> tokens, ActorIndex actors) {
        this.text = text;
        this.tokens = tokens;
        this.actors = actors;
    }

    /** The speaker of this sentence so far, else the last one. */
    Speaker current() {
        return inSentence != null ? inSentence : last;
    }

    /** Records that {@code speaker} said something, in {@code medium} when the text names it. */
    void spoke(Speaker speaker, String medium) {
        inSentence = speaker;
        if (speaker != null) {
            last = speaker;
            if (medium != null && Arabic.normalize(medium).startsWith("بيان")) {
                issuer = speaker;
            }
        }
    }

    /**
     * Names the speaker: an actor mentioned in the name, an earlier speaker whose name ends with this one (بان →
     * أحمد بان), or an earlier named speaker whose role this bare title repeats (الخبير الأمريكي → دانيال بايمان).
     */
    Speaker resolve(SpeakerPhrase phrase) {
        String role = SpeakerPhrase.text(text, phrase.role());
        if (phrase.name().isEmpty()) {
            var key = nameWords(role);
            for (int k = named.size() - 1; k >= 0; k--) {
                Speaker earlier = named.get(k);
                if (earlier.role() != null && nameWords(earlier.role()).containsAll(key)) {
                    return earlier;
                }
            }
            var roleWords = phrase.role();
            Actor titled = personAfterTitle(role, roleWords.get(0).start());
            if (titled != null) {
                return remember(titled, role);
            }
            Actor surnamed = roleWords.size() > 1 ? personBySurname(roleWords.get(roleWords.size() - 1), "") : null;
            if (surnamed != null) { // الرئيس السيسي read whole as a title: عبدالفتاح السيسي was named before
                return remember(surnamed, SpeakerPhrase.text(text, roleWords.subList(0, roleWords.size() - 1)));
            }
            Actor inside = actors.within(new Actor.Mention(roleWords.get(0).start(), roleWords.get(roleWords.size() - 1).end()));
            if (inside != null && inside.type().equals("PERS")) { // الرئيس السيسي: the title's chain ran over the name
                return resolve(new SpeakerPhrase(roleWords, List.of()));
            }
            Actor lastActor = last == null || last.id() == null ? null : actors.byId(last.id());
            if (roleWords.size() == 1 && lastActor != null && lastActor.type().equals("PERS")) {
                return last; // شدد بليجريني ... وقال المدرب: a lone title no one bore yet is the person speaking
            }
            var described = new Speaker(null, role, role);
            named.add(described);
            return described;
        }
        var nameWords = withoutSameness(phrase.name());
        if (nameWords.size() > 1 && ISSUED_NOUNS.contains(nameWords.get(0).norm()) && nameWords.get(1).norm().startsWith("ل")
                && nameWords.get(1).length() > 2) {
            var issuing = resolve(new SpeakerPhrase(QuoteWords.stripPreposition(nameWords.subList(1, nameWords.size())), List.of()));
            if (STATEMENT_NOUNS.contains(nameWords.get(0).norm())) {
                issuer = issuing; // a later "وأضاف البيان" speaks for it too
            }
            return issuing;
        }
        if (STATEMENT_NOUNS.contains(nameWords.get(0).norm())) {
            var issuer = statementIssuer(nameWords);
            if (issuer != null) {
                return issuer;
            }
        }
        Span nameSpan = new Actor.Mention(nameWords.get(0).start(), nameWords.get(nameWords.size() - 1).end());
        String name = QuoteWords.QUOTE_EDGES.matcher(SpeakerPhrase.text(text, nameWords)).replaceAll("");
        // بيان للقيادة المشتركة: the preposition came off, the article's alef was never written
        name = ElidedArticle.restored(tokens, nameWords.get(0).start(), name);
        Actor actor = actors.within(nameSpan);
        if (actor == null && !QuoteWords.isUnnamedSource(nameWords.get(0))) { // المحلل في شركة "الجزيرة كابتال" جاسم الجبران: the one person named in the phrase
            var people = actors.allWithin(nameSpan).stream()
                    .filter(a -> a.type().equals("PERS") && a.name().contains(" ")).toList(); // not a misread روسي
            // several after a title: the title may hold names too (خطيب جامع أنس بن مالك ... حمد الدهلوس), the person
            // is the one whose name closes the phrase (not after a name: خايمي تابيا محامي تشافيز)
            var closing = people.size() == 1 || !RoleGrammar.isHead(nameWords.get(0)) ? people
                    : people.stream().filter(a -> a.mentions().stream().anyMatch(m -> m.end() == nameSpan.end())).toList();
            if (closing.size() == 1) {
                actor = closing.get(0);
                name = actor.name();
            }
        }
        Actor sonOf = nameWords.size() == 2 && nameWords.get(0).norm().equals("ابن") ? personBySurname(nameWords.get(1), "بن ")
                : null;
        if (sonOf != null) { // ابن معمر after فيصل بن معمر: the family name opens with ابن when written alone
            actor = sonOf;
            name = sonOf.name();
        }
        String key = Arabic.nameKey(name);
        for (int k = named.size() - 1; k >= 0; k--) {
            Speaker earlier = named.get(k);
            String earlierKey = Arabic.nameKey(earlier.text());
            boolean sameActor = actor != null && actor.id().equals(earlier.id());
            if (sameActor || earlierKey.equals(key)
                    || earlier.id() != null && earlierKey.endsWith(" " + key) && !key.contains(" ")) {
                return earlier.role() == null && role != null ? new Speaker(earlier.id(), earlier.text(), role) : earlier;
            }
        }
        if (actor == null && nameWords.size() == 1 && QuoteWords.isInstitution(nameWords.get(0))) {
            var institution = institutionNamedBefore(key, nameWords.get(0).start());
            if (institution != null) {
                return institution;
            }
        }
        if (actor == null && isNationalDescription(nameWords)) {
            // الوكالة الأمريكية after وكالة التصنيف ستاندرد آند بورز: the body named before, by its kind and nationality
            String head = Arabic.nameKey(nameWords.get(0).text());
            for (int k = named.size() - 1; k >= 0; k--) {
                if (nameWords(named.get(k).text()).contains(head)) {
                    return named.get(k);
                }
            }
        }
        boolean describedSource = nameWords.size() == 2 && DEFINITE_SOURCES.contains(nameWords.get(0).norm())
                && nameWords.get(1).norm().startsWith("ال");
        if (actor == null && (nameWords.size() == 1 && nameWords.get(0).norm().startsWith("ال") || describedSource)) {
            // المصادر، المصدر، المصادر الخاصة: the source described just before (مصادر أمنية قالت ... وأضافت المصادر)
            String head = describedSource ? Arabic.nameKey(nameWords.get(0).text()) : key;
            String adjective = describedSource ? Arabic.nameKey(nameWords.get(1).text()) : null;
            for (int k = named.size() - 1; k >= 0; k--) {
                Speaker earlier = named.get(k);
                var earlierWords = earlier.id() == null ? nameWords(earlier.text()) : Set.<String>of();
                // المصادر الخاصة after مصادر في المقاومة; المصادر الطبية only after a source described as medical
                if (earlierWords.contains(head) && (adjective == null || ANY_SOURCE.contains(adjective)
                        || earlierWords.contains(adjective))) {
                    return earlier;
                }
            }
            if (key.equals("مصدر") || phrase.name().size() > nameWords.size()) { // نفس المصدر after "ضابط في المقاطعة": the last unnamed source
                for (int k = named.size() - 1; k >= 0; k--) {
                    if (named.get(k).id() == null && !STATEMENT_NOUNS.contains(named.get(k).text())) {
                        return named.get(k);
                    }
                }
            }
        }
        var speaker = new Speaker(actor == null ? null : actor.id(), name, role);
        named.add(speaker);
        return speaker;
    }

    /**
     * Whom a pronoun of dignity at {@code before} stands for (وقال سموه): the person speaking, else the person named
     * last before it with a title that pronoun answers to (سموه → الأمير، صاحب السمو; not the king or the general named
     * after him: رفع الأمير سعود شكره لخادم الحرمين الشريفين الملك سلمان ... وقال سموه), else the person named last;
     * null when it named none.
     */
    Speaker honoured(int before, Word pronoun) {
        Speaker speaking = current();
        Actor actor = speaking == null || speaking.id() == null ? null : actors.byId(speaking.id());
        if (speaking != null && (actor == null ? speaking.role() != null : actor.type().equals("PERS"))) {
            return speaking;
        }
        Actor latest = null;
        Actor titled = null;
        int latestEnd = -1;
        int titledEnd = -1;
        for (Actor a : actors.allWithin(new Actor.Mention(0, before))) {
            if (!a.type().equals("PERS")) {
                continue;
            }
            for (Actor.Mention m : a.mentions()) {
                if (m.end() <= before && m.end() > latestEnd) {
                    latest = a;
                    latestEnd = m.end();
                }
                if (m.end() <= before && m.end() > titledEnd && DignityTitles.answers(pronoun, text, m.start())) {
                    titled = a;
                    titledEnd = m.end();
                }
            }
        }
        Actor chosen = titled != null ? titled : latest;
        return chosen == null ? null : remember(chosen, null);
    }

    /**
     * The person the article named right after this same title before {@code before} (زيارة وزيرة الخارجية فيديريكا
     * موغيريني ... وكانت وزيرة الخارجية أكدت), maybe with an honorific or the body's name in quotation marks between
     * (رئيس لجنة حقوق الإنسان العربية “لجنة الميثاق” الدكتور هادي اليامي): a bare title that repeats it speaks for
     * that person.
     */
    private Actor personAfterTitle(String title, int before) {
        String key = Arabic.nameKey(title);
        int titleWords = key.split(" ").length;
        for (Actor a : actors.allWithin(new Actor.Mention(0, before))) {
            if (!a.type().equals("PERS")) {
                continue;
            }
            for (Actor.Mention m : a.mentions()) {
                if (m.end() <= before && key.equals(titleBefore(m.start(), titleWords))) {
                    return a;
                }
            }
        }
        return null;
    }

    /**
     * The key of the {@code count} words right before {@code start}, read past honorifics and a short name in
     * quotation marks; null when punctuation or the text's start comes first.
     */
    private String titleBefore(int start, int count) {
        var words = Words.in(text, Math.max(0, start - 300), start);
        int k = words.size() - 1;
        while (k >= 0 && RoleGrammar.isHonorific(words.get(k))) {
            k--;
        }
        if (k > 0 && Words.isQuoteMark(words.get(k))) {
            int open = k - 1;
            while (open >= 0 && !Words.isQuoteMark(words.get(open)) && k - open <= 5) {
                open--;
            }
            k = open >= 0 && Words.isQuoteMark(words.get(open)) ? open - 1 : k;
        }
        if (k + 1 < count) {
            return null;
        }
        var title = words.subList(k + 1 - count, k + 1);
        return title.stream().anyMatch(Words::isPunct) ? null
                : Arabic.nameKey(text.substring(title.get(0).start(), title.get(count - 1).end()));
    }

    /**
     * The one person named in full before {@code word} whose name ends with it, after {@code particle} (بن) when one
     * is given; null when none or several.
     */
    private Actor personBySurname(Word word, String particle) {
        String key = particle + Arabic.nameKey(word.text());
        Actor found = null;
        for (Actor a : actors.allWithin(new Actor.Mention(0, word.start()))) {
            String name = Arabic.nameKey(a.name());
            if (a.type().equals("PERS") && name.endsWith(" " + key)) {
                if (found != null) {
                    return null;
                }
                found = a;
            }
        }
        return found;
    }

    /**
     * The institution a bare head noun takes up (الهيئة → الهيئة الوطنية لإدارة الكوارث, الوزارة → وزارة العمل): the
     * latest speaker, else the latest organization mentioned before {@code before}, whose name opens with that noun.
     */
    private Speaker institutionNamedBefore(String head, int before) {
        for (int k = named.size() - 1; k >= 0; k--) {
            if (Arabic.nameKey(named.get(k).text()).startsWith(head + " ")) {
                return named.get(k);
            }
        }
        Actor latest = null;
        int latestStart = -1;
        for (Actor a : actors.allWithin(new Actor.Mention(0, before))) {
            for (Actor.Mention m : a.mentions()) {
                if (a.type().equals("ORG") && m.end() <= before && m.start() > latestStart
                        && Arabic.nameKey(text.substring(m.start(), m.end())).startsWith(head + " ")) {
                    latest = a;
                    latestStart = m.start();
                }
            }
        }
        return latest == null ? null : remember(latest, null);
    }

    /** The speaker for a person named without a title: the earlier one when that person spoke before. */
    Speaker person(Actor actor) {
        return remember(actor, null);
    }

    /** The speaker for an actor found by its title: the earlier one when it spoke before. */
    private Speaker remember(Actor actor, String role) {
        for (int k = named.size() - 1; k >= 0; k--) {
            if (actor.id().equals(named.get(k).id())) {
                return named.get(k);
            }
        }
        var speaker = new Speaker(actor.id(), actor.name(), role);
        named.add(speaker);
        return speaker;
    }

    /**
     * The issuer a statement speaks for (docs/annotation.md): "بيان الخارجية المصرية" names it; a bare "البيان" (or
     * "البيان الفرنسي") is the last speaker who spoke in a statement. Null when neither is known.
     */
    private Speaker statementIssuer(List<Word> name) {
        var rest = name.subList(1, name.size());
        int from = issuedBy(rest);
        if (from > 0) { // بيان صحفي صدر عن المنظمة، البيان الصادر عن الوزارة: who issued it follows عن
            return resolve(new SpeakerPhrase(rest.subList(from, rest.size()), List.of()));
        }
        boolean isNamed = !rest.isEmpty() && (rest.get(0).norm().startsWith("ال") && rest.size() > 1
                || QuoteWords.INSTITUTIONS.contains(rest.get(0).norm()) || Mentions.namesSomeone(rest, actors)); // not بيان وزعه مكتب
        if (isNamed) {
            return resolve(new SpeakerPhrase(rest, List.of()));
        }
        if (issuer != null) {
            return issuer;
        }
        // no one spoke "في بيان" yet: the organization the article has named most often so far issued it
        Actor most = null;
        int count = 0;
        for (Actor a : actors.allWithin(new Actor.Mention(0, name.get(0).start()))) {
            int before = (int) a.mentions().stream().filter(m -> m.end() <= name.get(0).start()).count();
            if (a.type().equals("ORG") && before >= count) {
                most = a;
                count = before;
            }
        }
        return most == null ? null : new Speaker(most.id(), most.name(), null);
    }

    /** Forms of "issued" before عن, as match keys (صدر عن، الصادر عن، الصادرة عن). */
    private static final Set<String> ISSUED = Set.of("صدر", "صادر", "الصادر", "صادره", "الصادره");

    /** Where the issuer starts in the words after a statement noun: after "صدر عن"; -1 when they name none so. */
    private static int issuedBy(List<Word> rest) {
        for (int k = 0; k + 2 < rest.size() && k < 3; k++) {
            if (ISSUED.contains(rest.get(k).norm()) && rest.get(k + 1).norm().equals("عن")) {
                return k + 2;
            }
        }
        return -1;
    }

    /** A definite noun and a nationality adjective (الوكالة الأمريكية، الشركة الروسية): a description, no name. */
    private static boolean isNationalDescription(List<Word> name) {
        return name.size() == 2 && name.get(0).norm().startsWith("ال") && name.get(0).norm().length() > 4
                && NATIONALITIES.valueOf(name.get(1).norm()) != null;
    }

    /** The words of a name or role as match keys, also without a leading و (شهود ومصادر); a role may repeat a word. */
    private static Set<String> nameWords(String phrase) {
        var out = new HashSet<String>();
        for (String w : Arabic.nameKey(phrase).split(" ")) {
            out.add(w);
            if (w.length() > 3 && w.charAt(0) == 'و') {
                out.add(w.substring(1));
            }
        }
        return out;
    }

    /** المصدر ذاته، نفس المصدر → المصدر: the words that only say "the same" are dropped. */
    private static List<Word> withoutSameness(List<Word> name) {
        if (name.size() == 2 && SAMENESS.contains(name.get(0).norm())) {
            return name.subList(1, 2);
        }
        if (name.size() == 2 && SAMENESS.contains(name.get(1).norm())) {
            return name.subList(0, 1);
        }
        return name;
    }
}
