package org.rasid.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasid.extract.text.Arabic;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.WordSet;
import org.rasid.extract.text.Words;

/**
 * Trigger words used in a sense that tells no happening: control as a standing state (المدينة الواقعة تحت سيطرة
 * التنظيم، لا تزال تفرض سيطرتها) and the vocabulary of a match report (اللقاء، فرض سيطرته على منتصف الملعب).
 */
final class OtherSenses {
    /** Before احتجاز: a case of being trapped (حالة احتجاز) in the words of rescue reports. */
    private static final Set<String> CASE = Set.of("حاله", "حالات");
    /** A vehicle or the wreck someone is held in (داخل المركبة، بين الحديد). */
    private static final Set<String> WRECK = Set.of("مركبه", "المركبه", "مركبته", "مركبتهم", "سياره", "السياره", "سيارته",
            "سيارتهم", "حافله", "الحافله", "الحطام", "حطام", "الحديد", "الانقاض", "انقاض", "المصعد", "مصعد");
    private static final int TRAPPED_REACH = 5;
    /** Adjectives of help in arms or security, not relief (مساعدات عسكرية، المساعدات الأمنية). */
    private static final Set<String> ARMS = Set.of("عسكريه", "العسكريه", "امنيه", "الامنيه", "الاستخباراتيه", "استخباراتيه",
            "تسليحيه");
    /** Words that describe where a place stands, not how it changed hands. */
    private static final Set<String> STANDING = Set.of("الواقعه", "الواقع", "الواقعين", "الخاضعه", "الخاضع", "تخضع",
            "يخضع", "تقع", "يقع", "يزال", "تزال", "زال", "زالت", "مازال", "مازالت", "لاتزال", "لايزال",
            // a calm situation "under control" (الأوضاع هادئة ومستقرة وتحت سيطرة كاملة): order kept, not ground taken
            // (not هادئ, which folds to the name هادي)
            "الوضع", "الاوضاع", "هاديه", "مستقره", "مستقر");
    private static final int STANDING_REACH = 3;
    /** Words of a match report; two of them in one sentence make it one. */
    private static final WordSet SPORTS = WordSet.of(Set.of("مباراه", "المباراه", "الشوط", "شوط", "الدقيقه", "مرمي", "المرمي",
            "الملعب", "ملعب", "استاد", "الاستاد", "الدوري", "هدفين", "بهدفين", "بهدف", "الكاس", "كاس", "البطوله",
            "المنتخب", "اللاعب", "لاعب", "لاعبي", "مدرب", "المدرب", "حارس", "الحارس", "ركله", "تسلل", "التعادل",
            "الكره", "كابتن", "البطاقه", "بطاقه"));
    private static final int SPORTS_WORDS = 2;
    /** Prepositions of topic: what a talk, a poll or a report is about (استطلاع حول الاتفاق، قرار بشأن الهدنة). */
    private static final Set<String> ABOUT = Set.of("حول", "بشان", "بخصوص", "حيال", "تجاه");
    /** Nouns of joining in or backing a campaign or a deal (التعاون في الحرب على، دعم الاتفاق): its topic, not its telling. */
    private static final Set<String> BACKING = Set.of("التعاون", "تعاون", "دعم", "لدعم", "تاييد", "لتاييد", "معارضه",
            "تشجيع", "لتشجيع");
    /** Nouns that head the name of a body: a trigger word after one, with ل or as its genitive, ends that name. */
    private static final Set<String> INSTITUTIONS = Set.of("مركز", "هيئه", "منظمه", "وكاله", "جمعيه", "لجنه", "صندوق",
            "برنامج", "مكتب", "قناه", "صحيفه", "مجلس", "مراكز", "هييات", "منظمات", "وكالات", "جمعيات", "لجان",
            // a club named after a trigger word (فريق الاتفاق، نادي الاتفاق), and the staff of relief (عمال الإغاثة)
            "فريق", "نادي", "عمال", "موظفي", "طواقم", "فرق");
    private static final int NAME_REACH = 3;
    /** Before تقدم: making or reaching progress (إحراز تقدم، حقق تقدما), not an advance of troops. */
    private static final Set<String> PROGRESS = Set.of("احراز", "لاحراز", "باحراز", "احرز", "احرزت", "يحرز", "تحرز",
            "حقق", "حققت", "يحقق", "تحقق", "تحقيق", "لتحقيق");
    /** After تحرير: the press (رئيس تحرير صحيفة) and the market (تحرير الأسعار), not a liberation. */
    private static final Set<String> EDITED_OR_FREED_MARKETS = Set.of("صحيفه", "الصحيفه", "جريده", "الجريده", "مجله",
            "المجله", "اسعار", "الاسعار", "سعر", "التجاره", "تجاره", "السوق", "الاقتصاد", "الخبر", "الاخبار", "المحتوي");
    private static final Set<String> EDITORS = Set.of("رييس", "رييسه", "مدير", "سكرتير", "هييه", "مجلس", "فريق");
    /**
     * After استعادة and تحرير: what is regained or written up is not ground (استعادة مكانتها ودورها، استعادة الثقة، حرروا
     * محضرا بالواقعة); after طرد, the people sent away are envoys or staff (طرد السفير), not an enemy driven out.
     */
    private static final Set<String> NOT_GROUND = Set.of("مكانه", "مكانتها", "مكانته", "دور", "دورها", "دوره", "قوه",
            "قوتها", "قوته", "هيبه", "هيبتها", "هيبته", "الثقه", "ثقه", "عافيتها", "عافيته", "الاموال", "اموال", "اموالها",
            "حقوق", "حقوقهم", "حقوقها", "الحقوق", "الدوله", "محضر", "محضرا", "المحضر", "مخالفه", "مخالفات", "المخالفات",
            "شيك", "عقد", "السفير", "سفير", "سفيرها", "سفيره", "السفراء", "الدبلوماسيين", "دبلوماسيين", "الموظفين",
            "موظفين", "العمال", "عمال", "العماله", "الطلاب", "طالب",
            // hostages and captives set free: a release, not ground taken
            "الرهاين", "رهاين", "الرهينه", "رهينه", "المختطفين", "المخطوفين", "مختطفين", "الاسري", "اسري", "المحتجزين");
    /** How far after the verb its object may stand, past the subject (طردت الحكومة السفير). */
    private static final int OBJECT_REACH = 3;
    /** After ألغام، عبوة، قذيفة: mines cleared or shells defused (نزع الألغام، تفكيك عبوة ناسفة، حقول ألغام) hit no one. */
    private static final Set<String> DEFUSED = Set.of("حقول", "حقل", "نزع", "لنزع", "بنزع", "ازاله", "لازاله", "بازاله",
            "تفكيك", "لتفكيك", "بتفكيك", "فكك", "فككت", "ابطال", "لابطال", "بابطال", "ضبط", "ضبطت", "مخلفات", "مسح");
    private static final Set<String> DEVICES = Set.of("لغم", "لغما", "الغام", "عبوه", "عبوات", "قذيفه", "قذايف",
            "مقذوفات", "صاروخ", "صواريخ", "سياره");
    /** After تهدد: what is put in danger (تهدد أمن البلاد، يهدد استقرار المنطقة): a danger, not a threat made to someone. */
    private static final Set<String> ENDANGERED = Set.of("امن", "الامن", "استقرار", "الاستقرار", "سلامه", "حياه",
            "حياة", "بقاء", "مستقبل", "وحده", "السلم", "السلام", "الملاحه", "الصحه", "صحه", "البييه", "موارد",
            "مواردها", "مصالح", "مصالحها");
    private static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين");
    private static final Set<String> PRESENT_THREATS = Set.of("يهدد", "تهدد", "يتوعد");
    private static final Set<String> ZONES = Set.of("مناطق", "ساحات", "جبهات", "ميادين", "بمناطق", "لمناطق");
    /** Words of rescue: a disaster someone was rescued from (أنقذت الفرق شابا من الغرق) did not happen. */
    private static final List<String> RESCUE = List.of("انقذ", "انقاذ", "لانقاذ", "بانقاذ", "والانقاذ", "الانقاذ");
    private static final int RESCUE_REACH = 10;
    /** How far after اقتحام the rescuers who broke in may be named (جرى اقتحام المبنى من قبل وحدات الإنقاذ). */
    private static final int RESCUERS_REACH = 6;
    /** After مسيرة: a career or a course (مسيرة العمل، مسيرة التنمية، مسيرة الحزم), not a march. */
    private static final Set<String> COURSES = Set.of("العمل", "التنميه", "البناء", "الحزم", "الخير", "العطاء", "الاصلاح",
            "النهضه", "التطوير", "التعليم", "الانتخابات", "الحياه", "حياته", "حياتها", "المهنيه", "الرياضيه", "الفنيه", "الحضاريه",
            "السلام");
    /** After تطهير: cleaning and disinfection (عمليات تطهير وتنظيف، تطهير المياه), not a sweep. */
    private static final Set<String> CLEANING = Set.of("وتنظيف", "تنظيف", "وتعقيم", "تعقيم", "المياه", "مياه", "الجروح",
            "اليدين", "الخزانات");
    /** After قمة: a top or a peak (قمة الجبل، قمة الترتيب), not a summit. */
    private static final Set<String> PEAKS = Set.of("جبل", "الجبل", "الهرم", "هرم", "الترتيب", "ترتيب", "الدوري", "المجد",
            "السعاده", "الاولويات", "اهتمام", "اهتمامات", "الاناقه", "التالق");
    /** Nouns of evidence: مواجهتهم بالأدلة is confronting someone with it, not a clash. */
    private static final Set<String> EVIDENCE = Set.of("بالادله", "بالحقايق", "بالتهم", "بالاتهامات", "بالوثايق",
            "باعترافات", "بالاعترافات");
    /** Words of a court's sentence before إعدام: a death sentence passed (حكم بإعدام، أحكام بالإعدام), not an execution. */
    private static final Set<String> SENTENCES = Set.of("حكم", "حكما", "الحكم", "بحكم", "احكام", "الاحكام", "باحكام",
            "حكمت", "يحكم", "قضت", "قضي", "يقضي", "تقضي", "عقوبه", "بعقوبه", "العقوبه", "قضيه", "بقضيه", "القضيه",
            "عقوبات", "العقوبات", "بعقوبات",
            // the court that passed it (حكم محكمة في طرابلس بإعدام)
            "محكمه", "المحكمه");
    /** Animals culled (إعدام ملايين من الدجاجات): not an execution. */
    private static final List<String> ANIMALS = List.of("دجاج", "دواجن", "طيور", "ماشي", "ابقار", "حيوان", "اغنام", "كلاب");
    private static final int CULL_REACH = 3;
    /** Carrying a sentence out (نفذت حكم الإعدام) is an execution again. */
    private static final Set<String> CARRIED_OUT = Set.of("نفذ", "نفذت", "نفذوا", "تنفيذ", "بتنفيذ", "ينفذ", "تنفذ");
    private static final int SENTENCE_REACH = 3;
    /** What a hospital receives (استقبل المستشفى جثمان جندي و15 جريحا): the dead and wounded, not a guest. */
    private static final Set<String> CASUALTIES = Set.of("جثه", "جثث", "الجثث", "جثمان", "جثامين", "جرحي", "الجرحي",
            "جريحا", "مصابين", "المصابين", "مصابا", "قتلي", "القتلي", "ضحايا", "الضحايا", "اصابات");
    private static final Set<String> HOSPITALS = Set.of("مستشفي", "المستشفي", "مستشفيات", "المستشفيات");
    private static final int RECEIVED_REACH = 6;
    /** Nouns of training: التدريب على القتال is learning to fight, not fighting. */
    private static final Set<String> TRAINING = Set.of("تدريب", "التدريب", "للتدريب", "بالتدريب", "تدريبات", "التدريبات",
            "تدريبهم", "التدرب", "للتدرب", "يتدربون", "تدربوا", "تدريبا");

    /** Words of protest and of calls to stop: what is denounced (للتنديد بالغارات) or asked to end (تتوقف عن قصف). */
    private static final Set<String> PROTESTED = Set.of("للتنديد", "التنديد", "تنديدا", "منددين", "منددا", "منددة",
            "مندده", "تندد", "يندد", "ينددون", "وقف", "بوقف", "لوقف");
    private static final Set<String> STOP = Set.of("تتوقف", "يتوقف", "توقف", "التوقف", "الكف", "تكف", "يكف");
    private static final int STOP_REACH = 2;

    private OtherSenses() {
    }

    /** A takeover word after a word of standing: who holds the place, not a seizure. */
    static boolean standingControl(List<Word> words, TriggerLexicon.Match m) {
        if (!m.entry().type().equals("TAKEOVER")) {
            return false;
        }
        for (int k = Math.max(0, m.start() - STANDING_REACH); k < m.start(); k++) {
            if (STANDING.contains(words.get(k).bare())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "مركز الملك سلمان للإغاثة"، "قناة «المسيرة»"، "لجنة المساعدات": a trigger word that closes the name of a body the
     * actor layer did not name in full.
     */
    static boolean bodyName(List<Word> words, TriggerLexicon.Match m) {
        Word head = words.get(m.start());
        if (m.start() > 0 && (institution(words.get(m.start() - 1)) || words.get(m.start() - 1).bare().equals("باسم"))) {
            return true; // the genitive: مركز الإغاثة; whom a spokesman speaks for: المتحدث باسم العمليات المشتركة
        }
        if (m.start() > 1 && Words.isOpeningQuoteMark(words.get(m.start() - 1))
                && institution(words.get(m.start() - 2))) {
            return true; // a quoted name: قناة «المسيرة»
        }
        if (!head.bare().startsWith("ل")) {
            return false;
        }
        for (int k = Math.max(0, m.start() - NAME_REACH); k < m.start(); k++) {
            if (institution(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** مركز، لمركز، والهيئة، مركزا: the noun with any conjunction, preposition, article or accusative ending. */
    private static boolean institution(Word w) {
        return TriggerLexicon.forms(w.norm()).stream().map(Arabic::withoutArticle)
                .anyMatch(f -> INSTITUTIONS.contains(f) || f.endsWith("ا") && INSTITUTIONS.contains(f.substring(0, f.length() - 1)));
    }

    /** A trigger noun after a preposition of topic, or after backing for it (التعاون في الحرب على التنظيم). */
    static boolean topic(List<Word> words, TriggerLexicon.Match m) {
        int i = m.start();
        if (i > 0 && ABOUT.contains(words.get(i - 1).bare())) {
            return true;
        }
        return i > 0 && BACKING.contains(words.get(i - 1).bare())
                || i > 1 && words.get(i - 1).is("في") && BACKING.contains(words.get(i - 2).bare());
    }

    /**
     * A trigger noun in another sense, told by the word after it (or, for تحرير, before it): the press and the market for
     * تحرير, a career for مسيرة (also with a possessive: مسيرته المهنية), a peak for قمة.
     */
    static boolean otherNounSense(List<Word> words, TriggerLexicon.Match m) {
        String head = m.entry().words().get(0);
        String next = m.end() < words.size() ? words.get(m.end()).bare() : "";
        Word word = words.get(m.start());
        return switch (head) {
            case "تحرير" -> EDITED_OR_FREED_MARKETS.contains(next)
                    || m.start() > 0 && EDITORS.contains(words.get(m.start() - 1).bare());
            case "مسيره", "مسيرات" -> COURSES.contains(next) || possessive(word.norm());
            case "قمه" -> PEAKS.contains(next);
            case "تطهير" -> CLEANING.contains(next);
            case "تقدم" -> m.start() > 0 && PROGRESS.contains(words.get(m.start() - 1).bare());
            default -> false;
        };
    }

    /** استعاد، تحرير، طرد with an object that is no ground: a role, a report, an envoy. */
    static boolean notGround(List<Word> words, TriggerLexicon.Match m) {
        if (!m.entry().type().equals("TAKEOVER") || m.end() >= words.size()) {
            return false;
        }
        String head = m.entry().words().get(0);
        if (!(head.startsWith("استعاد") || head.startsWith("حرر") || head.startsWith("تحرير") || head.startsWith("طرد")
                || head.startsWith("يطرد") || head.startsWith("تطرد"))) {
            return false;
        }
        for (int k = m.end(); k < Math.min(words.size(), m.end() + OBJECT_REACH); k++) {
            if (Words.isClauseBreak(words.get(k))) {
                return false;
            }
            if (TriggerLexicon.forms(words.get(k).norm()).stream().anyMatch(NOT_GROUND::contains)) {
                return true;
            }
        }
        return false;
    }

    /** A mine, a charge or a shell named as cleared, defused or seized: no attack. */
    static boolean defused(List<Word> words, TriggerLexicon.Match m) {
        if (!m.entry().type().equals("ATTACK") || m.start() == 0) {
            return false;
        }
        boolean device = TriggerLexicon.forms(words.get(m.start()).norm()).stream().anyMatch(DEVICES::contains);
        return device && DEFUSED.contains(words.get(m.start() - 1).bare());
    }

    /** تهدد أمن الجمهورية: a danger to something, not a threat made to someone. */
    static boolean danger(List<Word> words, TriggerLexicon.Match m) {
        if (!m.entry().type().equals("THREAT")) {
            return false;
        }
        boolean describing = PRESENT_THREATS.contains(m.entry().words().get(0)) && m.start() > 0
                && RELATIVES.contains(words.get(m.start() - 1).bare()); // الخطر الذي يهدد المنطقة: what it is, not what was done
        return describing || m.end() < words.size()
                && TriggerLexicon.forms(words.get(m.end()).norm()).stream().anyMatch(ENDANGERED::contains);
    }

    /** "أنقذت الفرق شابا من الغرق": a disaster after من with a word of rescue before it in the clause. */
    static boolean rescuedFrom(List<Word> words, TriggerLexicon.Match m) {
        if (!m.entry().type().equals("DISASTER") || m.start() < 2 || !words.get(m.start() - 1).is("من")) {
            return false;
        }
        for (int k = m.start() - 2; k >= Math.max(0, m.start() - RESCUE_REACH); k--) {
            Word w = words.get(k);
            if (Words.isClauseBreak(w) && !"()".contains(w.text())) {
                return false; // an age or a name in brackets (أنقذت الفرق حدثا (16 عاما) من الغرق) is inside the clause
            }
            String b = w.bare();
            if (RESCUE.stream().anyMatch(b::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** مسيرته، مسيرتها، مسيرتهم: a noun with a possessive pronoun. */
    private static boolean possessive(String norm) {
        return norm.endsWith("ته") || norm.endsWith("تها") || norm.endsWith("تهم") || norm.endsWith("تنا");
    }

    /**
     * "حكم بإعدام"، "صدرت أحكام غيابية بالإعدام": إعدام after the words of a court's sentence is a sentence passed, not an
     * execution, unless the sentence is said to be carried out (نفذت حكم الإعدام).
     */
    static boolean deathSentence(List<Word> words, TriggerLexicon.Match m) {
        if (!TriggerLexicon.forms(words.get(m.start()).norm()).stream().anyMatch(f -> f.startsWith("اعدام"))) {
            return false;
        }
        for (int k = m.end(); k < Math.min(words.size(), m.end() + CULL_REACH); k++) {
            if (TriggerLexicon.forms(words.get(k).norm()).stream().anyMatch(f -> ANIMALS.stream().anyMatch(f::startsWith))) {
                return true; // a cull
            }
        }
        boolean sentence = false;
        for (int k = Math.max(0, m.start() - SENTENCE_REACH); k < m.start(); k++) {
            String w = words.get(k).bare();
            if (CARRIED_OUT.contains(w)) {
                return false;
            }
            sentence |= SENTENCES.contains(w);
        }
        return sentence;
    }

    /**
     * "المستشفى استقبل خلال اليومين الماضيين جثمان جندي": a hospital receiving the dead or wounded, not a reception; told
     * by a hospital just before استقبل or a casualty noun within a few words after it.
     */
    static boolean hospitalReceived(List<Word> words, TriggerLexicon.Match m) {
        if (!m.entry().type().equals("MEETING") || !m.entry().words().get(0).contains("ستقبل")) {
            return false;
        }
        for (int k = Math.max(0, m.start() - 2); k < m.start(); k++) {
            if (HOSPITALS.contains(words.get(k).bare())) {
                return true;
            }
        }
        for (int k = m.end(); k < Math.min(words.size(), m.end() + RECEIVED_REACH); k++) {
            if (Words.isClauseBreak(words.get(k))) {
                return false;
            }
            String w = words.get(k).bare();
            if (CASUALTIES.contains(w) || HOSPITALS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "وجود حالة احتجاز للمرأة داخل المركبة"، "استخراج المحتجزين من بين الحديد": people trapped in a wreck, which rescue
     * reports call held (محتجز), not an arrest; told by حالة before the word or a vehicle or wreckage just after it.
     */
    static boolean trapped(List<Word> words, TriggerLexicon.Match m) {
        if (!m.entry().type().equals("ARREST") || !m.entry().words().get(0).startsWith("احتج")) {
            return false;
        }
        if (m.start() > 0 && CASE.contains(words.get(m.start() - 1).bare())) {
            return true;
        }
        for (int k = m.end(); k < Math.min(words.size(), m.end() + TRAPPED_REACH); k++) {
            if (Words.isClauseBreak(words.get(k))) {
                return false;
            }
            if (WRECK.contains(words.get(k).bare())) {
                return true;
            }
        }
        return false;
    }

    /** "المساعدات الأمنية التي قدمتها"، "مساعدات عسكرية": help in arms or security, not relief. */
    static boolean armsAid(List<Word> words, TriggerLexicon.Match m) {
        if (!m.entry().type().equals("AID")) {
            return false;
        }
        for (int k = m.end(); k < Math.min(words.size(), m.end() + 2); k++) {
            if (ARMS.contains(words.get(k).bare())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "للتنديد بالغارات التي يشنها الجيش"، "أن تتوقف عن قصف القرى": raids named as what is protested or asked to stop, a
     * campaign under way and not an attack told; a plural noun after protest, any attack word after a call to stop.
     */
    static boolean protestedCampaign(List<Word> words, TriggerLexicon.Match m) {
        int i = m.start();
        if (!m.entry().type().equals("ATTACK") || i == 0) {
            return false;
        }
        String before = words.get(i - 1).bare();
        for (int k = Math.max(0, i - 1 - STOP_REACH); before.equals("عن") && k < i - 1; k++) {
            if (STOP.contains(words.get(k).bare())) {
                return true; // past the subject: أن تتوقف الحكومة عن قصف
            }
        }
        return PROTESTED.contains(before) && TriggerLexicon.forms(words.get(i).norm()).stream()
                .map(Arabic::withoutArticle).anyMatch(f -> f.endsWith("ات"));
    }

    /** "جرى اقتحام المبنى من قبل وحدات الإنقاذ": rescuers or firemen breaking in to save people, not a storming. */
    static boolean rescuersBrokeIn(List<Word> words, TriggerLexicon.Match m) {
        if (!m.entry().type().equals("ATTACK") || !words.get(m.start()).bare().contains("اقتحام")) {
            return false;
        }
        for (int k = m.end(); k < Math.min(words.size(), m.end() + RESCUERS_REACH); k++) {
            if (Words.isClauseBreak(words.get(k))) {
                return false;
            }
            String b = words.get(k).bare();
            if (RESCUE.stream().anyMatch(b::startsWith) || b.equals("الاطفاء")) {
                return true;
            }
        }
        return false;
    }

    /** "مناطق القتال"، "جبهات القتال": fighting as the name of where it goes on, not a fight told. */
    static boolean combatZone(List<Word> words, TriggerLexicon.Match m) {
        return m.entry().type().equals("CLASH") && m.start() > 0 && ZONES.contains(words.get(m.start() - 1).bare());
    }

    /** "للتدريب على القتال": fighting as what is trained for. */
    static boolean training(List<Word> words, TriggerLexicon.Match m) {
        int i = m.start();
        return m.entry().type().equals("CLASH") && i > 1 && words.get(i - 1).is("علي")
                && TRAINING.contains(words.get(i - 2).bare());
    }

    /** مواجهتهم بالأدلة: confronting with evidence. */
    static boolean confrontedWithEvidence(List<Word> words, TriggerLexicon.Match m) {
        return m.entry().type().equals("CLASH") && m.end() < words.size()
                && EVIDENCE.contains(words.get(m.end()).bare());
    }

    /** A sentence of a match report (goals, halves, the pitch): its meetings, attacks and control are play. */
    static boolean sports(List<Word> words) {
        // a loop that stops at the last word needed: it runs for every sentence with a trigger
        List<String> hits = null; // made at the first hit: most sentences have none
        for (Word w : words) {
            if (SPORTS.contains(w.bare()) && (hits == null || !hits.contains(w.bare()))) {
                if (hits == null) {
                    hits = new ArrayList<>(SPORTS_WORDS);
                }
                hits.add(w.bare());
                if (hits.size() >= SPORTS_WORDS) {
                    return true;
                }
            }
        }
        return false;
    }
}
