package org.rasid.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.WordIndex;
import org.rasid.extract.text.WordSet;
import org.rasid.extract.text.Words;

/**
 * Towns, villages and camps that neither the entity layer nor the gazetteer knows, named after a settlement noun in
 * the construct state (قرية بلعين، بلدة لودر، معسكر الصباحة، منطقة الشيخ زويد): LOC actors, so that events can be
 * placed there. The name is the word after the noun (two words after a name-opening word such as الشيخ، عين، دير).
 */
final class SettlementNames {
    private static final List<String> CLITICS = List.of("وب", "وفي", "و", "ب", "ل", "ف");
    private static final int LONGEST = 6;
    /** Not قضاء, ناحية, مديرية: as often "spending", "aspect" and "directorate" as a district. */
    private static final Set<String> SETTLEMENTS = Set.of("مدينه", "بلده", "قريه", "محافظه", "منطقه", "مخيم", "معسكر",
            "حي", "ولايه", "اقليم", "بلدات", "قري");
    /**
     * Nouns after which a name the entity layer typed as a person or a body is still a place (بلدة طوز خورماتو، قرية
     * أبو ناعورة): the settlement nouns but ولاية and إقليم, which also open the names of bodies (ولاية سيناء), and
     * معسكر, whose camp is often named by the group holding it (معسكر الحوثيين).
     */
    private static final WordSet RETYPING_FORMS = forms(Set.of("مدينه", "بلده", "قريه", "محافظه", "منطقه", "مخيم", "حي",
            "بلدات", "قري"));
    /** Facility nouns after which a name typed as a body is a place (قاعدة «العند»، معبر الوديعة); a person stays one. */
    private static final WordSet FACILITY_FORMS = forms(Set.of("قاعده", "مطار", "معبر", "منفذ", "ميناء", "فندق"));
    /** Houses of worship, mostly named after a person (مسجد أبي بكر الصديق، كنيسة مار يوحنا): the name is the place. */
    private static final Set<String> WORSHIP = Set.of("مسجد", "جامع", "كنيسه", "كاتدرائيه");
    private static final WordSet WORSHIP_FORMS = forms(WORSHIP);
    /** The nouns whose construct names a place: the settlements and the houses of worship (كنيسة الطابغة، جامع القديح). */
    private static final WordSet NAMING_FORMS = forms(Stream.concat(SETTLEMENTS.stream(), WORSHIP.stream())
            .collect(Collectors.toSet()));
    /** Titles that open the name of the person a house of worship is named after (جامع الملك فيصل، مسجد الإمام علي). */
    private static final Set<String> TITLES = Set.of("الملك", "الامير", "الامام", "السلطان", "الخليفه", "الصحابي");
    /** A name of its own opened by these nouns is the building (المسجد الأقصى، الجامع الكبير، فندق ريتز). */
    private static final Set<String> BUILDINGS = Set.of("مسجد", "المسجد", "جامع", "الجامع", "كنيسه", "الكنيسه",
            "كاتدرائيه", "الكاتدرائيه", "فندق");
    private static final Set<String> IN = Set.of("في", "وفي");
    private static final Set<String> LOCATED = Set.of("الواقعه", "الواقع");
    private static final Set<String> BELONGING = Set.of("التابعه", "التابع");
    /** The words {@link #located} starts from. */
    private static final WordSet LOCATION_CUES = WordSet.of(java.util.stream.Stream.concat(LOCATED.stream(), BELONGING.stream())
            .collect(java.util.stream.Collectors.toSet()));
    private static final Set<String> PROVINCES = Set.of("لمحافظه", "لمديريه", "لولايه", "لمنطقه", "لاقليم", "لمدينه",
            "لقضاء", "لبلديه", "لمحافظتي");
    /** Common nouns of place a location is said of (في المناطق الواقعة، في الأراضي الواقعة). */
    private static final Set<String> COMMON_PLACES = Set.of("المناطق", "الاراضي", "المواقع", "الاحياء", "المدن", "الدول",
            "الجزر", "الاماكن", "المباني", "المنازل", "البيوت", "المزارع", "الضواحي", "الجبال", "الشركه", "المنشاه",
            "الارض", "ارض", "الجزيره", "الدوله", "الحاره", "الشوارع", "الطرق", "الطريق", "الشارع", "السجون", "المقر", "المبني",
            "المستشفي", "المدرسه", "المسجد", "القاعده", "المحطه", "المنشات", "المعسكر", "المخيم", "القطاع", "الحي");
    private static final WordSet BASE_FORMS = forms(Set.of("قاعده"));
    private static final Set<String> BASE_ADJECTIVES = Set.of("العسكريه", "الجويه", "البحريه", "الاستراتيجيه");
    /**
     * The settlement nouns as words may write them without the article (the construct state), after at most one
     * clitic: وبقرية، بمدينة.
     */
    private static final WordSet SETTLEMENT_FORMS = forms(SETTLEMENTS);
    /** Words that open a two-word place name: الشيخ زويد، عين العرب، دير الزور، بني وليد. */
    private static final Set<String> NAME_OPENERS = Set.of("الشيخ", "عين", "بئر", "بير", "دير", "تل", "كفر", "بني", "ابو",
            "ام", "راس", "جبل", "بيت", "سيدي", "خان", "وادي", "باب", "ذي", "بن", "مرج", "جسر", "سوق", "حي", "ابي");
    /** Common nouns a settlement noun is often put in construct with (منطقة الحدود، منطقة الاشتباكات). */
    private static final Set<String> NOT_NAMES = Set.of("الشرق", "الغرب", "الشمال", "الجنوب", "الوسط", "الخليج", "الحدود",
            "النزاع", "الصراع", "العمليات", "الاشتباكات", "الحرب", "القتال", "المعارك", "اليورو", "الحادث", "الانفجار",
            "الهجوم", "التفجير", "الحظر", "الامن", "الصحراء", "الساحل", "الريف", "البلاد", "الولايه", "المحافظه",
            "المدينه", "المنطقه", "اللاجئين", "النازحين", "العاصمه", "الاحتلال", "السكن", "الشرقي", "الغربي",
            "الشمالي", "الجنوبي", "كبري", "صغري", "اخري", "اخر", "واحده", "عده", "جديده", "بعينها", "نفسها", "نفسه",
            "وسطي", "اولي", "عظمي", "قصوي", "قرب", "بالقرب", "شمال", "جنوب", "شرق", "غرب", "وسط", "داخل", "خارج",
            "حول", "محيط");
    private static final Set<String> FUNCTION_WORDS = Set.of("في", "من", "علي", "الي", "عن", "ان", "انه", "التي", "الذي",
            "الذين", "التابعه", "التابع", "او", "ثم", "قد", "لا", "لم", "ما", "كل", "بعض", "هذه", "هذا", "تلك", "ذلك");

    List<ActorResolver.Mention> find(String text, List<ActorResolver.Mention> taken) {
        var index = WordIndex.of(text);
        var words = index.words();
        var found = new ArrayList<ActorResolver.Mention>();
        for (int i = index.next(NAMING_FORMS, 0); i >= 0 && i + 1 < words.size(); i = index.next(NAMING_FORMS, i + 1)) {
            int first = Words.isQuoteMark(words.get(i + 1)) && i + 2 < words.size() ? i + 2 : i + 1; // مدينة "لودر"
            Word name = words.get(first);
            if (!mayBeName(name)) {
                continue;
            }
            boolean opens = NAME_OPENERS.contains(name.norm())
                    || WORSHIP_FORMS.contains(words.get(i).norm()) && TITLES.contains(name.norm()); // جامع الإمام تركي
            int lastIndex = opens && first + 1 < words.size() && mayBeName(words.get(first + 1)) ? first + 1 : first;
            Word last = words.get(lastIndex);
            var m = new ActorResolver.Mention(name.start(), last.end(), text.substring(name.start(), last.end()), "LOC");
            if (taken.stream().noneMatch(m::overlaps)) {
                found.add(m);
            }
            i = lastIndex;
        }
        return found;
    }

    /**
     * Whether a name the entity layer typed {@code type} at {@code start} is a place all the same: written in construct
     * after a settlement noun (بلدة طوز خورماتو، منطقة الشيخ زويد، مدينة "لودر") or a house of worship (مسجد أبي بكر)
     * or, typed as a body, after a facility noun (قاعدة «العند»، فندق بيبلوس).
     */
    boolean namesAPlace(String text, int start, String type) {
        var before = Words.in(text, 0, start);
        int k = before.size() - 1;
        if (k >= 0 && Words.isQuoteMark(before.get(k))) {
            k--;
        }
        if (k >= 1 && NAME_OPENERS.contains(before.get(k).norm()) && !type.equals("ORG")) {
            k--; // منطقة الشيخ [زويد]: the entity layer took the opener for a title
        }
        if (k < 0) {
            return false;
        }
        String noun = before.get(k).norm();
        return RETYPING_FORMS.contains(noun) || WORSHIP_FORMS.contains(noun)
                || !type.equals("PERS") && FACILITY_FORMS.contains(noun);
    }

    /** Whether a name the entity layer found opens with a house of worship or a hotel (المسجد الأقصى): a building. */
    static boolean namesABuilding(String name) {
        int space = name.indexOf(' ');
        return space > 0 && BUILDINGS.contains(org.rasid.extract.text.Arabic.normalize(name.substring(0, space)));
    }

    /**
     * Places the text locates in another (في سجنان التابعة لمحافظة بنزرت، في عقبة ثرة الواقعة بين البيضاء وأبين): one or
     * two words after في, then الواقعة, or التابعة with a province noun; the entity layer often misses such small
     * places, which no settlement noun introduces. Common nouns of place (في المناطق الواقعة) are no names.
     */
    List<ActorResolver.Mention> located(String text, List<ActorResolver.Mention> taken) {
        var index = WordIndex.of(text);
        var words = index.words();
        var found = new ArrayList<ActorResolver.Mention>();
        for (int j = index.next(LOCATION_CUES, 2); j >= 0; j = index.next(LOCATION_CUES, j + 1)) {
            String cue = words.get(j).norm();
            boolean located = LOCATED.contains(cue) || BELONGING.contains(cue) && j + 1 < words.size()
                    && PROVINCES.contains(words.get(j + 1).norm());
            if (!located) {
                continue;
            }
            for (int size = 1; size <= 2 && j - size - 1 >= 0; size++) {
                int first = j - size;
                if (!IN.contains(words.get(first - 1).norm())) {
                    if (!placeWord(words.get(first))) {
                        break;
                    }
                    continue;
                }
                boolean names = true;
                for (int k = first; k < j; k++) {
                    names &= placeWord(words.get(k));
                }
                var m = new ActorResolver.Mention(words.get(first).start(), words.get(j - 1).end(),
                        text.substring(words.get(first).start(), words.get(j - 1).end()), "LOC");
                if (names && taken.stream().noneMatch(m::overlaps)) {
                    found.add(m);
                }
                break;
            }
        }
        return found;
    }

    private static boolean placeWord(Word w) {
        String n = w.norm();
        if (Words.isPunct(w) || n.length() < 2 || FUNCTION_WORDS.contains(n) || NOT_NAMES.contains(n)
                || COMMON_PLACES.contains(n) || n.endsWith("ات") || SETTLEMENT_FORMS.contains(n)) {
            return false;
        }
        for (int k = 0; k < n.length(); k++) {
            char c = n.charAt(k);
            if (c < '\u0621' || c > '\u064A') {
                return false;
            }
        }
        return true;
    }

    /**
     * Houses of worship named after a body (مسجد قوات الطوارئ الخاصة): the building, noun and name, is a place, and
     * {@code groups} (described groups, see {@link DescribedGroups}) right after such a noun stand for it, not for the
     * body, which is no party of what happens there; the other groups are returned unchanged.
     */
    List<ActorResolver.Mention> houses(String text, List<ActorResolver.Mention> groups) {
        var out = new ArrayList<ActorResolver.Mention>(groups.size());
        for (var g : groups) {
            var before = Words.in(text, Math.max(0, g.start() - 16), g.start());
            Word noun = before.isEmpty() ? null : before.get(before.size() - 1);
            if (noun == null || !WORSHIP_FORMS.contains(noun.norm()) || !text.substring(noun.end(), g.start()).isBlank()) {
                out.add(g);
                continue;
            }
            int start = noun.start() + clitics(noun.norm());
            out.add(new ActorResolver.Mention(start, g.end(), text.substring(start, g.end()), "LOC"));
        }
        return out;
    }

    /** How many clitic letters a house-of-worship noun carries (بمسجد → 1, وبمسجد → 2). */
    private static int clitics(String noun) {
        for (String c : CLITICS) {
            String rest = noun.substring(Math.min(c.length(), noun.length()));
            if (noun.startsWith(c) && WORSHIP.contains(rest)) {
                return c.length();
            }
        }
        return 0;
    }

    /** The military bases named after قاعدة outside the given mentions (see {@link #base}). */
    List<ActorResolver.Mention> bases(String text, List<ActorResolver.Mention> taken) {
        var index = WordIndex.of(text);
        var words = index.words();
        var found = new ArrayList<ActorResolver.Mention>();
        for (int i = index.next(BASE_FORMS, 0); i >= 0 && i + 1 < words.size(); i = index.next(BASE_FORMS, i + 1)) {
            var base = base(text, words, i);
            if (base != null && taken.stream().noneMatch(base::overlaps)) {
                found.add(base);
            }
        }
        return found;
    }

    /**
     * A military base named after قاعدة, where its writer marks the name as one: in quotation marks (قاعدة «العند»)
     * or as a definite word that a base's adjective follows (قاعدة العند الجوية), not a rule or a database (قاعدة
     * البيانات، قاعدة الهرم).
     */
    private static ActorResolver.Mention base(String text, List<Word> words, int i) {
        if (!BASE_FORMS.contains(words.get(i).norm())) {
            return null;
        }
        boolean quoted = Words.isQuoteMark(words.get(i + 1)) && i + 2 < words.size();
        int at = quoted ? i + 2 : i + 1;
        Word name = words.get(at);
        if (!mayBeName(name) || !quoted && !(name.norm().startsWith("ال") && at + 1 < words.size()
                && BASE_ADJECTIVES.contains(words.get(at + 1).norm()))) {
            return null;
        }
        return new ActorResolver.Mention(name.start(), name.end(), name.text(), "LOC");
    }

    private static WordSet forms(Set<String> nouns) {
        var forms = new java.util.HashSet<>(nouns);
        for (String c : CLITICS) {
            for (String s : nouns) {
                if (c.length() + s.length() <= LONGEST + 3) {
                    forms.add(c + s);
                }
            }
        }
        return WordSet.of(forms);
    }

    /**
     * Arabic letters only, no function word, plural, common noun or word of direction, and not an indefinite adjective:
     * a feminine or a relative ending without the article (منطقة عسكرية، مدينة كبيرة، حي سكني) is a description, not
     * a name.
     */
    private static boolean mayBeName(Word w) {
        String n = w.norm();
        if (Words.isPunct(w) || n.length() < 2 || FUNCTION_WORDS.contains(n) || NOT_NAMES.contains(n)) {
            return false;
        }
        for (int k = 0; k < n.length(); k++) {
            char c = n.charAt(k);
            if (c < '\u0621' || c > '\u064A') {
                return false;
            }
        }
        if (n.startsWith("و") && !NAME_OPENERS.contains(n) || n.startsWith("لل")) {
            return false; // a conjunction or a preposition: the noun's phrase has ended (منطقة وقرى، منطقة للألعاب)
        }
        if (n.endsWith("ات")) {
            return false; // a plural common noun (منطقة الفعاليات، منطقة العمليات)
        }
        // a name may end in alif maqsura (ديالى), which no relative adjective (سكني) is written with
        return n.startsWith("ال") || !(n.endsWith("ه") || n.endsWith("ي")) || w.text().endsWith("ى");
    }
}
