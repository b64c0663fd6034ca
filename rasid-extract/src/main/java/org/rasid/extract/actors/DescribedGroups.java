package org.rasid.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.WordIndex;
import org.rasid.extract.text.WordSet;
import org.rasid.extract.text.Words;

/**
 * Armed, security and street collectives that news names by description rather than by name (قوات الأمن، القوات
 * الخاصة، عناصر الشرطة، الشرطة، المتظاهرون، مسلحون مجهولون): ORG actors, so that events can name them as doers or
 * targets. Forces named by a country's adjective are found before (see {@link ActorResolver}); this takes the rest.
 */
final class DescribedGroups {
    /** Collective heads that a definite qualifier makes a group: قوات الأمن، عناصر الجيش، جنود الاحتلال. */
    private static final Set<String> HEADS = Set.of("قوات", "القوات", "عناصر", "مسلحو", "مسلحي", "جنود", "ميليشيا", "ميليشيات",
            "مليشيا", "مليشيات", "الميليشيات", "المليشيات", "وحدات", "الوحدات", "اجهزه", "الاجهزه", "كتائب", "فصائل", "الفصائل",
            "مقاتلو", "مقاتلي");
    /** Heads that also name things (الوحدات السكنية، أجهزة الكمبيوتر): a group only with a security qualifier. */
    private static final Set<String> THING_HEADS = Set.of("وحدات", "الوحدات", "اجهزه", "الاجهزه");
    private static final Set<String> SECURITY = Set.of("الامنيه", "الامن", "العسكريه", "الجيش", "الشرطه", "الاستخبارات",
            "المخابرات", "الخاصه");
    /**
     * Qualifiers after a head that make no group: quantities, times and places (قوات كبيرة، عناصر الحملة), and
     * participles of where a force is (القوات الأجنبية الموجودة في ...), which describe, not name.
     */
    private static final Set<String> NOT_QUALIFIERS = Set.of("الاخري", "الاخر", "الاولي", "الثانيه", "اليوم", "الامس",
            "الموجوده", "المتواجده", "المنتشره", "المتمركزه", "المرابطه", "المتبقيه",
            "المنطقه", "المدينه", "الحمله", "العمليه", "الهجوم", "المشتركه", "التي", "الذي", "الذين", "اللذين", "اللتين",
            "اللواتي", "اللاتي");
    /** Collectives that stand alone (with the article): الشرطة، الجيش، المتظاهرون، الثوار. */
    private static final Set<String> ALONE = Set.of("الشرطه", "الجيش", "الثوار", "المتظاهرون", "المتظاهرين", "المحتجون",
            "المحتجين", "المتمردون", "المتمردين", "المسلحون", "المسلحين", "المتشددون", "المتشددين", "الانقلابيون",
            "الانقلابيين", "الانفصاليون", "الانفصاليين", "الدرك");
    /** Indefinite collectives that an adjective after them makes a group: مسلحون مجهولون، متظاهرون غاضبون. */
    private static final Set<String> INDEFINITE = Set.of("مسلحون", "مسلحين", "متظاهرون", "متظاهرين", "محتجون", "محتجين",
            "متمردون", "متمردين", "متشددون", "متشددين", "جنود", "مقاتلون", "مقاتلين", "مستوطنون", "مستوطنين");
    /**
     * The nominative of an armed collective stands for a group without an adjective (هاجم مسلحون، أحرق مستوطنون): the
     * ending marks the doer, where the oblique مسلحين is mostly a count of the dead or the caught (مقتل خمسة مسلحين).
     */
    private static final Set<String> NOMINATIVE = Set.of("مسلحون", "متمردون", "متشددون", "مستوطنون", "مهاجمون");
    /** Collectives that stand alone only with a relative adjective (المقاتلين الحوثيين، المستوطنين اليهود). */
    private static final Set<String> WITH_ADJECTIVE = Set.of("المقاتلين", "المقاتلون", "المستوطنين", "المستوطنون");
    /**
     * Suicide bombers named by the adjective alone (هاجم انتحاريان، فجر انتحاري نفسه), unless it qualifies the attack
     * noun before it (هجوم انتحاري، تفجيرين انتحاريين); after مهاجم the two words are the group (مهاجما انتحاريا).
     */
    private static final Set<String> SUICIDE = Set.of("انتحاري", "انتحاريا", "انتحاريان", "انتحاريين", "انتحاريون");
    private static final Set<String> ATTACKERS = Set.of("مهاجم", "مهاجما", "مهاجمان", "مهاجمين", "مهاجمون");
    /** Stems of the attack nouns and gear that انتحاري qualifies (هجوم، تفجير، عملية، حزام، سترة، سيارة). */
    private static final List<String> ATTACK_NOUNS = List.of("هجوم", "هجمات", "تفجير", "انفجار", "اعتداء", "عمل", "حزام",
            "احزم", "ستر", "سيار", "شاحن");
    /** Clitics before an article: وال، بال، فال، كال، وبال; after لل the article is not written. */
    private static final List<String> ARTICLE_CLITICS = List.of("وبال", "وال", "بال", "فال", "كال", "لل", "ال");
    private static final int MAX_QUALIFIERS = 2;
    /** Letters of the longest head or collective (المتظاهرين), to skip longer words before any lookup. */
    private static final int LONGEST = 11;
    /**
     * Every key a word may have for {@link #find} to start a group on it: a head, collective or indefinite with one
     * of the clitics {@link #cliticLength} strips (للشرطه stands for الشرطه). A word with another key is passed by
     * one lookup instead of the clitic tests, which ran for every word of every text.
     */
    private static final WordSet MAY_START = mayStart();

    List<ActorResolver.Mention> find(String text, List<ActorResolver.Mention> taken) {
        var index = WordIndex.of(text);
        var words = index.words();
        var found = new ArrayList<ActorResolver.Mention>();
        for (int i = index.next(MAY_START, 0); i >= 0; i = index.next(MAY_START, i + 1)) {
            Word w = words.get(i);
            if (Words.isPunct(w)) {
                continue;
            }
            if (w.norm().length() > LONGEST + 4) {
                continue;
            }
            int skip = cliticLength(w);
            String head = headForm(w, skip);
            int last = -1;
            if (HEADS.contains(head)) {
                last = qualifiers(words, i + 1) + i;
                if (last == i || THING_HEADS.contains(head) && !SECURITY.contains(words.get(i + 1).norm())) {
                    last = -1;
                }
            } else if (ALONE.contains(head)) {
                last = i + (i + 1 < words.size() && adjective(words.get(i + 1)) ? 1 : 0);
            } else if (WITH_ADJECTIVE.contains(head)) {
                last = i + 1 < words.size() && pluralQualifier(words.get(i + 1)) ? i + 1 : -1;
            } else if (skip == 0 && INDEFINITE.contains(w.norm()) && i + 1 < words.size() && indefiniteAdjective(words.get(i + 1))) {
                last = i + 1;
            } else if (skip == 0 && NOMINATIVE.contains(w.norm())) {
                last = i;
            } else if (skip == 0 && ATTACKERS.contains(w.norm())) {
                last = i + 1 < words.size() && SUICIDE.contains(words.get(i + 1).norm()) ? i + 1 : -1;
            } else if (skip == 0 && SUICIDE.contains(w.norm())) {
                last = i > 0 && !Words.isPunct(words.get(i - 1)) && !words.get(i - 1).norm().startsWith("ال")
                        && attackNoun(words.get(i - 1)) ? -1 : i;
            }
            if (last < 0) {
                continue;
            }
            int start = w.start() + skip;
            int end = words.get(last).end();
            var m = new ActorResolver.Mention(start, end, text.substring(start, end), "ORG");
            if (taken.stream().noneMatch(m::overlaps)) {
                found.add(m);
            }
            i = last;
        }
        return found;
    }

    /** A noun of attack or its gear, which a following انتحاري qualifies (هجوم انتحاري، بحزام انتحاري). */
    private static boolean attackNoun(Word w) {
        String b = w.bare();
        String afterPreposition = b.length() > 4 && (b.startsWith("ب") || b.startsWith("ل")) ? b.substring(1) : b;
        return ATTACK_NOUNS.stream().anyMatch(n -> b.startsWith(n) || afterPreposition.startsWith(n));
    }

    /** A definite plural or relative adjective, or اليهود: what names settlers or fighters (المقاتلين الحوثيين). */
    private static boolean pluralQualifier(Word w) {
        String n = w.norm();
        return adjective(w) || n.equals("اليهود")
                || n.startsWith("ال") && n.length() > 5 && (n.endsWith("ون") || n.endsWith("ين"));
    }

    private static WordSet mayStart() {
        var forms = new java.util.HashSet<String>();
        for (var set : List.of(HEADS, ALONE, INDEFINITE, NOMINATIVE, WITH_ADJECTIVE, SUICIDE, ATTACKERS)) {
            for (String word : set) {
                for (String clitic : List.of("", "و", "ف", "ب", "ك", "وب")) {
                    forms.add(clitic + word);
                }
                if (word.startsWith("ال")) {
                    forms.add("لل" + word.substring(2));
                }
            }
        }
        return WordSet.of(forms);
    }

    /** How many definite words after a head qualify it (قوات الأمن العراقية → 2), at most {@link #MAX_QUALIFIERS}. */
    private static int qualifiers(List<Word> words, int from) {
        int n = 0;
        while (n < MAX_QUALIFIERS && from + n < words.size()) {
            Word q = words.get(from + n);
            String norm = q.norm();
            if (Words.isPunct(q) || !norm.startsWith("ال") || norm.length() < 4 || NOT_QUALIFIERS.contains(norm)) {
                break;
            }
            n++;
        }
        return n;
    }

    /** A definite adjective that goes with a standalone collective: الجيش الحر، الشرطة العسكرية، المحتجين السلميين. */
    private static boolean adjective(Word w) {
        String n = w.norm();
        return n.startsWith("ال") && n.length() > 4
                && (n.endsWith("يه") || n.endsWith("ي") || n.endsWith("يين") || n.endsWith("يون") || n.equals("الحر")
                || n.equals("الخاصه") || n.equals("المسلحه"));
    }

    /** An indefinite plural adjective: مجهولون، إسلاميين، غاضبون. */
    private static boolean indefiniteAdjective(Word w) {
        String n = w.norm();
        return !n.startsWith("ال") && n.length() > 4 && (n.endsWith("ون") || n.endsWith("ين"));
    }

    /** The letters of clitics before an article that the group's span leaves out (والشرطة → 1, للشرطة → 2). */
    private static int cliticLength(Word w) {
        String n = w.norm();
        for (String c : ARTICLE_CLITICS) {
            if (n.startsWith(c) && n.length() > c.length() + 2) {
                int k = c.equals("لل") ? 2 : c.length() - 2;
                return w.text().startsWith(n.substring(0, k)) ? k : 0;
            }
        }
        return n.length() > 4 && n.charAt(0) == 'و' && HEADS.contains(n.substring(1)) ? 1 : 0;
    }

    /** The word as its group would start it: للشرطه → الشرطه, والقوات → القوات. */
    private static String headForm(Word w, int skip) {
        if (skip == 0) {
            return w.norm();
        }
        String n = w.norm().substring(skip);
        return skip == 2 && w.norm().startsWith("لل") ? "ال" + n : n;
    }
}
