package org.rasid.extract.relations;

import java.util.List;
import java.util.Set;
import org.rasid.extract.actors.Actor;
import org.rasid.extract.roles.NationalityLexicon;
import org.rasid.extract.text.Arabic;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.WordSet;

/**
 * "الرئيس الأمريكي باراك أوباما", "العاهل الأردني الملك عبدالله": a head-of-state title, a nationality adjective and a
 * person make the person LEADER_OF that country, when the article names the country (the guidelines relate only named
 * parties). Former holders (السابق), heads of government (رئيس الوزراء، رئيس الحكومة) and the head's deputies, advisers
 * or envoys (نائب الرئيس) are not leaders of their country.
 */
final class NationalLeaders {
    private static final Set<String> TITLES = normalized("الرئيس", "رئيس", "الملك", "ملك", "العاهل", "عاهل", "الامير", "امير",
            "الزعيم", "زعيم", "المرشد");
    private static final Set<String> DUALS = normalized("الرئيسين", "الرئيسان", "الزعيمين", "الزعيمان", "الملكين");
    private static final Set<String> FORMER = normalized("السابق", "السابقه", "الاسبق", "الراحل", "المخلوع", "حينذاك");
    /**
     * A noun before the title that makes the named person someone else than the head (نائب الرئيس السوداني X، مستشار
     * الرئيس الأمريكي X، المتحدث باسم الرئيس X).
     */
    private static final Set<String> DEPENDENTS = normalized("نائب", "مستشار", "مستشاره", "مساعد", "مساعده", "مبعوث", "المبعوث",
            "ممثل", "سفير", "باسم", "حرس", "حرم", "زوجه", "نجل", "ابن", "شقيق", "كبير", "ديوان", "مكتب", "قصر");
    /** Words a person's name may be written after, between the adjective and the name (الرئيس الأمريكي باراك أوباما). */
    private static final int NAME_REACH = 2;

    /**
     * The words (without a conjunction) that {@link #withoutPreposition} may turn into a title: the titles, after
     * ل، لل (for the article) or ب before the article. Any other word is passed by this one lookup.
     */
    private static final WordSet MAY_BE_TITLE = mayBeTitle();

    private static WordSet mayBeTitle() {
        var forms = new java.util.HashSet<String>();
        for (var set : List.of(TITLES, DUALS)) {
            for (String t : set) {
                forms.add(t);
                if (t.startsWith("ال")) {
                    forms.add("لل" + t.substring(2));
                    forms.add("ب" + t);
                }
            }
        }
        TITLES.forEach(t -> forms.add("ل" + t));
        return WordSet.of(forms);
    }

    private static Set<String> normalized(String... words) {
        return java.util.Arrays.stream(words).map(Arabic::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private final NationalityLexicon nationalities = NationalityLexicon.shared();

    /**
     * The relations stated from word {@code i} on (two for a dual title: الرئيسين الأمريكي باراك أوباما والتركي طيب
     * إردوغان); {@code named} holds the ids of the actors the article names.
     */
    List<Relation> at(List<Word> words, int i, List<Actor.Mention> personMentions, List<Actor> persons, Set<String> named) {
        if (!MAY_BE_TITLE.contains(words.get(i).bare())) {
            return List.of();
        }
        String title = withoutPreposition(words.get(i).bare());
        if (!TITLES.contains(title) && !DUALS.contains(title) || i > 0 && DEPENDENTS.contains(words.get(i - 1).bare())) {
            return List.of();
        }
        var out = new java.util.ArrayList<Relation>();
        int k = i + 1;
        int pairs = DUALS.contains(title) ? 2 : 1;
        while (out.size() < pairs && k < words.size()) {
            Word adjective = words.get(k);
            String country = nationalities.valueOf(adjective.bare());
            if (country == null || !country.startsWith("iso3166:") || !named.contains(country)) {
                break;
            }
            int reachEnd = words.get(Math.min(words.size() - 1, k + NAME_REACH)).end();
            Actor.Mention found = null;
            for (int p = 0; p < personMentions.size() && found == null; p++) {
                Actor.Mention m = personMentions.get(p);
                if (m.start() >= adjective.start() && m.start() < reachEnd) {
                    found = m;
                    if (!former(words, k + 1, m)) {
                        out.add(new Relation(persons.get(p).id(), "LEADER_OF", country,
                                new Relation.Evidence(words.get(i).start(), Math.max(m.end(), adjective.end()))));
                    }
                }
            }
            if (found == null) {
                break;
            }
            k = nextWordAfter(words, found.end());
        }
        return out;
    }

    /** السابق right after the adjective or the name. */
    private static boolean former(List<Word> words, int afterAdjective, Actor.Mention name) {
        if (afterAdjective < words.size() && FORMER.contains(words.get(afterAdjective).norm())) {
            return true;
        }
        int next = nextWordAfter(words, name.end());
        return next < words.size() && FORMER.contains(words.get(next).norm());
    }

    private static int nextWordAfter(List<Word> words, int offset) {
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).start() >= offset) {
                return k;
            }
        }
        return words.size();
    }

    /** للرئيس → الرئيس, لرئيس → رئيس, بالرئيس → الرئيس. */
    private static String withoutPreposition(String w) {
        if (w.startsWith("لل")) {
            return "ال" + w.substring(2);
        }
        if (w.startsWith("بال")) {
            return w.substring(1);
        }
        return w.startsWith("ل") && TITLES.contains(w.substring(1)) ? w.substring(1) : w;
    }
}
