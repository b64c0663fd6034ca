package org.rasid.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rasid.core.Span;
import org.rasid.core.model.Entity;
import org.rasid.core.model.Sentence;
import org.rasid.extract.actors.Actor;
import org.rasid.extract.actors.ActorIndex;
import org.rasid.extract.actors.Containment;
import org.rasid.extract.quotes.Quote;
import org.rasid.extract.text.Arabic;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * Finds events sentence by sentence from trigger words, one per type and sentence. Each event takes the named
 * actors of its sentence (those after ضد / على / استهداف as targets), the first place named after the trigger (or
 * before it, or the previous event's place in the same paragraph), the DATE entity nearest the trigger (resolved against the publication date by the
 * text module), and
 * the casualty counts. Events under a negation (لم، نفى) or a plan, fear or condition (يعتزم، قد، يخشى، في حال، س+
 * verb) are kept and flagged.
 */
public final class EventFinder {
    private static final Set<String> NEGATIONS = Set.of("لم", "لن", "لا", "ما", "نفي", "نفت", "ينفي", "تنفي", "عدم", "دون");
    private static final Set<String> HYPOTHETICAL = Set.of("يعتزم", "تعتزم", "يعتزمون", "خطط", "تخطط", "يخطط", "خطه",
            "المقرر", "مقرر", "المرتقب", "المرتقبه", "ينوي", "تنوي", "قد", "يمكن", "محتمل", "احتمال", "يخشي", "تخشي",
            "مخاوف", "خشيه", "حال", "اذا", "لو", "ستعقد", "سيعقد", "سيتم", "ستتم", "سيجري", "ستجري", "يتوقع", "تتوقع", "توقع", "لمنع", "تهديد", "تحذير",
            "منع", "يمنع", "تمنع", "تفادي", "لتفادي", "تجنب", "لتجنب", "يتطلب", "تتطلب", "يستدعي", "تستدعي", "يستلزم", "تستلزم",
            "دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "يطالبون", "يريد", "تريد", "ستبدا", "سيبدا", "تستعد", "يستعد", "مستعد", "مستعده",
            "عزم", "عزمت", "عزمه", "عزمها", "عزمهم", "اعتزام", "يتاهب", "تتاهب", "يتاهبون", "يتاهبوا", "متاهبه");
    private static final Set<String> REGION_NOUNS = Set.of("بمحافظه", "بمنطقه", "بمديريه", "بولايه", "بجبل", "محافظه",
            "منطقه", "مديريه", "ولايه");
    private static final Set<String> PLACE_NOUNS = Set.of("محافظه", "مدينه", "منطقه", "مديريه", "ولايه", "قريه", "بلده",
            "حي", "مخيم", "قضاء", "ناحيه", "مناطق", "محافظات", "مدن", "قري");
    private static final Set<String> DAY_WORDS = Set.of("اليوم", "امس", "الجمعه", "السبت", "الاحد", "الاثنين", "الثلاثاء",
            "الاربعاء", "الخميس", "يوم", "الغد");
    /** Verbs of refusing, right before the act refused (رفضوا الاستسلام). */
    private static final Set<String> REFUSED = Set.of("رفض", "رفضت", "رفضوا", "يرفض", "ترفض", "يرفضون", "رافضا", "رافضين");
    /** Verbal nouns of bringing relief under the purpose lam (لإيصال المساعدات، لإدخال المساعدات). */
    private static final Set<String> TO_BRING = Set.of("لايصال", "لادخال", "لتوزيع", "لتقديم", "لنقل", "لارسال", "لتسليم",
            "لتوصيل", "لوصول");
    /** Verbs and participles of holding a meeting (عقد، عقدت، المنعقد). */
    private static final Set<String> HELD = Set.of("عقد", "عقدت", "تعقد", "يعقد", "المنعقد", "المنعقده", "انعقد", "انعقدت");
    private static final Set<String> STILL = Set.of("يزال", "تزال", "يزالون", "زال", "زالت", "زالوا", "نزال", "يبرح", "تبرح");
    /** After ما these verbs make it the relative "what" (ما حدث من تفجير، ما جرى في المدينة), not a negation. */
    private static final Set<String> HAPPENED = Set.of("حدث", "يحدث", "جري", "يجري", "وقع", "يقع", "تعرض", "تعرضت", "يتعرض",
            "تتعرض", "شهده", "شهدته", "تشهده", "يشهده");
    /** Conditions make the rest of their sentence hypothetical (في حال انطلاق حرب ...، إذا ...). */
    private static final Set<String> CONDITIONS = Set.of("حال", "اذا", "لو", "لولا");
    /** A place after these words is a partner or an origin, not where the event happened. */
    private static final Set<String> NOT_LOCATIVE = Set.of("مع", "من", "الي", "ضد", "عن", "بين", "لدي");
    /** Kinds whose place is what they leave or lose: انسحبوا من X، طردوهم من X (from X = at X). */
    private static final Set<String> FROM_PLACE = Set.of("WITHDRAWAL", "TAKEOVER");
    private static final Set<String> FROM = Set.of("من", "ومن");
    /**
     * Kinds that happen at a building (الهجوم على مستشفى، سيطر على جامعة، حريق في فندق); a talk or a protest "in" a
     * university is mostly a speaker's post there (أستاذ في جامعة هارفرد) or the body itself.
     */
    private static final Set<String> AT_BUILDINGS = Set.of("ATTACK", "CLASH", "MILITARY_OPERATION", "TAKEOVER", "DISASTER");
    private static final Set<String> AMBUSH = Set.of("كمين", "كمينا", "نصب");
    /** Stems of the perpetrator, the claim and the condemnation of an event, which name it as already told. */
    private static final List<String> RESPONSIBILITY = List.of("منفذ", "تبني", "تبنت", "تبناه", "تبنته", "مسوول", "ادان",
            "استنكار", "استنكر", "شجب", "ضحايا", "حصيله");
    /** Verbs and nouns of condemnation: the event they condemn (ونددت واشنطن بالهجوم، قرار يدين هجمات) is told already. */
    private static final Set<String> CONDEMNATION = Set.of("ندد", "نددت", "نددوا", "يندد", "تندد", "تنديد", "دان", "دانت",
            "دانوا", "يدين", "تدين", "ادان", "ادانت", "ادانه", "ادانتها", "استنكر", "استنكرت", "شجب", "شجبت");
    /** How many words back a condemnation may stand from the event noun (نددت الحكومة الفرنسية بأشد العبارات بالهجوم). */
    private static final int CONDEMNATION_REACH = 5;
    private static final Set<String> DEMONSTRATIVES = Set.of("هذا", "هذه", "ذلك", "تلك", "هذان", "هاتان", "هذين", "هاتين", "هولاء");
    /** Abstract names of a conflict, which a sentence may give as its cause or topic. */
    private static final Set<String> CONFLICT_NOUNS = Set.of("نزاع", "صراع", "قتال", "حرب", "النزاع", "الصراع", "القتال", "الحرب");
    /** Words that make the conflict after them a cause, a time or a topic: بسبب، جراء، موسم، حل، تدعي. */
    private static final Set<String> CAUSES = Set.of("بسبب", "جراء", "نتيجه", "موسم", "حل", "لحل", "انهاء", "لانهاء",
            "تسويه", "لتسويه", "تدعي", "يدعي", "ادعي", "ادعت");
    /** Direction words that place one place relative to another (شمال عدن، جنوب شرق بغداد، قرب الحدود). */
    private static final Set<String> DIRECTIONS = Set.of("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
            "قرب", "بالقرب", "غربا", "شرقا", "شمالا", "جنوبا");
    /** Words that measure a distance (تبعد 20 كم عن بغداد، على بعد ميلين من الحدود، مسافة ...). */
    private static final Set<String> DISTANCE = Set.of("تبعد", "يبعد", "تبعدان", "مسافه", "بمسافه", "كم", "كلم", "كيلومتر",
            "كيلومترا", "كيلومترات", "ميل", "ميلا", "اميال", "مترا", "امتار");
    /** How many words back from the place a distance word may lie (على بعد نحو مائة كلم شمال X). */
    private static final int DISTANCE_REACH = 5;
    /** How many words back (a distance such as "57 كلم" between) the located place may lie. */
    private static final int REFERENCE_REACH = 5;
    /**
     * Kinds that, with no party and no place named in their sentence, are mostly a back-reference or a generic mention
     * (المساعدات، الاتفاق، الاعتقالات); violence stays, placed by the paragraph or the dateline.
     */
    private static final Set<String> GENERIC = Set.of("AID", "MEETING", "AGREEMENT", "PROTEST", "THREAT", "ARREST", "WITHDRAWAL");
    private static final Set<String> VIOLENT = Set.of("ATTACK", "CLASH", "MILITARY_OPERATION", "DISASTER");
    /** Talks, deals and threats happen between parties: a place is theirs only when the text says where (في ...). */
    private static final Set<String> DIPLOMATIC = Set.of("AGREEMENT", "MEETING", "THREAT");
    private static final Set<String> IN = Set.of("في", "وفي", "بـ", "داخل", "شمال", "جنوب", "شرق", "غرب", "انحاء");
    /** "في اتصال هاتفي أجرته معه الصحيفة": a call someone held with the speaker, how his words were got. */
    private static final Set<String> HELD_BY = Set.of("اجرته", "اجراه", "اجرتها", "اجراها", "اجرتهم", "اجروه");
    /** A place before the trigger counts as this many times farther: the event's place mostly follows it (في ...). */
    private static final int BEFORE_PENALTY = 3;

    private final TriggerLexicon lexicon = new TriggerLexicon();
    private final Containment containment = Containment.shared();

    public List<Event> find(String text, List<Sentence> sentences, List<Entity> entities, ActorIndex actors, Span skip,
                            List<? extends Span> paragraphs, List<Quote> quotes) {
        var events = new ArrayList<Retellings.Telling>();
        String lastLocation = null;
        VisitPlaces.Destination visited = null;
        Span lastParagraph = null;
        boolean inOrder = byStart(entities);
        for (Sentence s : sentences) {
            if (skip != null && skip.contains(s)) {
                continue;
            }
            Span paragraph = containing(paragraphs, s);
            if (paragraph != lastParagraph) {
                lastLocation = null;
                visited = null;
                lastParagraph = paragraph;
            }
            var words = Words.in(text, s.start(), s.end());
            var matches = new ArrayList<TriggerLexicon.Match>();
            for (int i = 0; i < words.size(); i++) {
                var m = lexicon.at(words, i);
                if (m != null) {
                    matches.add(m);
                    i = m.end() - 1;
                }
            }
            var destination = visitIn(words, actors, s);
            if (matches.isEmpty() || OtherSenses.sports(words)) {
                visited = destination != null ? destination : visited;
                continue; // most sentences: nothing more to read
            }
            var dates = new ArrayList<Entity>();
            var numbers = new ArrayList<Entity>();
            // one loop for both, as this runs for every sentence with a trigger; over the entities that may lie inside
            // it when the layer is in text order (as the pipeline's is), else over all
            int from = inOrder ? Words.firstAtOrAfter(entities, s.start()) : 0;
            for (int k = from; k < entities.size() && (!inOrder || entities.get(k).start() <= s.end()); k++) {
                Entity e = entities.get(k);
                if (e.type().equals("DATE") && s.contains(e) && e.value() != null) {
                    dates.add(e);
                } else if (e.type().equals("NUMBER") && s.contains(e)) {
                    numbers.add(e);
                }
            }
            var casualties = Casualties.in(words, numbers);
            var placesByType = new HashMap<String, Set<String>>();
            List<Actor> inSentence = null;
            boolean violence = false;
            boolean fighting = false;
            for (var m : matches) {
                violence |= !m.entry().weak() && VIOLENT.contains(m.entry().type());
                fighting |= m.entry().type().equals("CLASH");
            }
            for (var m : matches) {
                if (m.entry().weak() && (violence || !byTheHandsOf(words, m.end()))) {
                    continue; // أسفر الهجوم عن مقتل خمسة: the killing is the toll of the attack
                }
                if (fighting && AMBUSH.contains(m.entry().words().get(0))) {
                    continue; // نصبوا كمينا واشتبكوا معهم: an ambush followed by fighting is the clash
                }
                if (conflictAsCause(words, m) || OtherSenses.standingControl(words, m) || OtherSenses.bodyName(words, m)
                        || OtherSenses.confrontedWithEvidence(words, m) || OtherSenses.topic(words, m)
                        || OtherSenses.otherNounSense(words, m) || OtherSenses.deathSentence(words, m)
                        || OtherSenses.training(words, m) || OtherSenses.hospitalReceived(words, m)
                        || OtherSenses.notGround(words, m) || OtherSenses.defused(words, m)
                        || OtherSenses.danger(words, m) || OtherSenses.rescuedFrom(words, m)
                        || OtherSenses.combatZone(words, m) || OtherSenses.protestedCampaign(words, m)
                        || OtherSenses.rescuersBrokeIn(words, m) || OtherSenses.trapped(words, m)
                        || OtherSenses.armsAid(words, m)) {
                    continue;
                }
                if (fighting && m.entry().type().equals("ATTACK") && Modality.tried(words, m.start())) {
                    continue; // اشتبكوا معهم لدى محاولتهم اقتحام القرى: the attempted storming is the fighting's cause
                }
                var trigger = new Event.Trigger(words.get(m.start()).start(), words.get(m.end() - 1).end(),
                        text.substring(words.get(m.start()).start(), words.get(m.end() - 1).end()));
                if (inSentence == null) {
                    inSentence = actors.allWithin(s);
                }
                boolean diplomatic = DIPLOMATIC.contains(m.entry().type());
                if (insideName(inSentence, trigger) || medium(words, m) || dawn(words, m)) {
                    continue;
                }
                String location = location(words, inSentence, trigger, diplomatic, FROM_PLACE.contains(m.entry().type()),
                        AT_BUILDINGS.contains(m.entry().type()), containment);
                // a sentence tells two events of one type only at two places named in it (غارات على X و16 غارة على Y)
                var places = placesByType.get(m.entry().type());
                if (places != null && (location == null || places.contains(location) || places.contains(null))) {
                    continue;
                }
                placesByType.computeIfAbsent(m.entry().type(), k -> new HashSet<>()).add(location);
                var parties = Parties.of(text, words, s, inSentence, trigger, quotes);
                var agents = parties.agents();
                var targets = parties.targets();
                if (location == null && agents.isEmpty() && targets.isEmpty() && GENERIC.contains(m.entry().type())) {
                    continue;
                }
                boolean ownPlace = location != null;
                if (location == null && m.entry().type().equals("MEETING")) {
                    location = visitedBefore(visited, destination, trigger);
                }
                if (location == null && !diplomatic) {
                    location = lastLocation != null ? lastLocation : placeBefore(actors, paragraph, s);
                    String country = containment.countryOf(location);
                    if (country != null && actors.byId(country) != null && theCountry(words)) {
                        location = country; // في البلاد: the country of the place told so far, which the text names
                    }
                }
                var date = nearest(dates, trigger);
                String dateValue = date == null ? null : String.valueOf(date.value());
                boolean killing = VIOLENT.contains(m.entry().type());
                boolean negated = negated(words, m.start()) || Modality.denied(words, m.start())
                        || refused(words, m);
                boolean hypothetical = hypothetical(words, m.start()) || Modality.notYet(words, m)
                        || Modality.foretold(words, m) || flagged(words, m.start(), CONDITIONS, m.start())
                        || purpose(words.get(m.start()), m) || aidToBring(words, m) || Modality.dueLater(date, trigger)
                        || Modality.comingVerb(words, m.start())
                        || words.get(m.start()).bare().startsWith("سي") && m.entry().words().get(0).startsWith("ي");
                boolean backReference = demonstrative(words, m.start()) || definite(words.get(m.start()));
                int earlier = backReference && !negated && !hypothetical ? lastOfType(events, m.entry().type(), dateValue) : -1;
                if (earlier >= 0 && (!ownPlace || demonstrative(words, m.start()))) {
                    events.set(earlier, events.get(earlier).with(restated(events.get(earlier).event(), agents, targets,
                            killing ? casualties : null, null)));
                    continue;
                }
                if (earlier >= 0 && narrows(events.get(earlier).event().location(), location)) {
                    // "اشتباكات في شرق ليبيا ... واندلع القتال في بلدة أجدابيا": the same fighting, now placed in the town
                    events.set(earlier, events.get(earlier).with(restated(events.get(earlier).event(), agents, targets,
                            killing ? casualties : null, location)));
                    lastLocation = location;
                    continue;
                }
                lastLocation = location;
                var event = new Event(m.entry().type(), m.entry().cameo(), trigger, agents, targets, location,
                        dateValue, date == null ? null : date.text(), killing ? casualties : null,
                        new Event.Sentence(s.start(), s.end()), negated, hypothetical);
                events.add(new Retellings.Telling(event, TellingCues.head(m), backReference && !TellingCues.idiom(m),
                        TellingCues.another(words, m), TellingCues.count(words, m), TellingCues.statementDate(words, date, trigger),
                        TellingCues.foreignDate(words, matches, m, date), TellingCues.placeTold(words, m),
                        placeKey(actors, location), placesIn(inSentence)));
            }
            visited = destination != null ? destination : visited;
        }
        return Retellings.merge(events, containment).stream().map(this::withoutContainingCountry).toList();
    }

    private static boolean byStart(List<Entity> entities) {
        for (int k = 1; k < entities.size(); k++) {
            if (entities.get(k).start() < entities.get(k - 1).start()) {
                return false;
            }
        }
        return true;
    }

    /** The name keys of the places a sentence names: a retelling placed in one of them may be narrower or wider. */
    private static Set<String> placesIn(List<Actor> inSentence) {
        var out = new HashSet<String>();
        inSentence.stream().filter(EventFinder::place).forEach(a -> out.add(Arabic.nameKey(a.name())));
        return out;
    }

    private static String placeKey(ActorIndex actors, String location) {
        Actor a = location == null ? null : actors.byId(location);
        return a == null ? null : Arabic.nameKey(a.name());
    }

    /** The destination of a visit the sentence tells, reading its actors only when a word of visiting is there. */
    private static VisitPlaces.Destination visitIn(List<Word> words, ActorIndex actors, Sentence s) {
        return VisitPlaces.told(words) ? VisitPlaces.in(words, actors.allWithin(s), EventFinder::place) : null;
    }

    /** Where the visit told before the meeting (earlier in its paragraph, or before it in its sentence) went. */
    private static String visitedBefore(VisitPlaces.Destination earlier, VisitPlaces.Destination here, Span trigger) {
        if (here != null && here.cue() <= trigger.start()) {
            return here.place();
        }
        return earlier != null ? earlier.place() : null;
    }

    /** A trigger word inside a name (مركز الملك سلمان للإغاثة، مجلس الحرب) names no happening. */
    private static boolean insideName(List<Actor> inSentence, Span trigger) {
        for (Actor a : inSentence) { // loops: this runs for every trigger
            for (Actor.Mention m : a.mentions()) {
                if (m.start() <= trigger.start() && trigger.end() <= m.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** فجر اليوم / فجر الجمعة / صباح ... : dawn, not "blew up". */
    private static boolean dawn(List<Word> words, TriggerLexicon.Match m) {
        if (!TriggerLexicon.forms(words.get(m.start()).norm()).contains("فجر")) {
            return false;
        }
        boolean timeAfter = m.end() < words.size() && DAY_WORDS.contains(words.get(m.end()).norm());
        boolean timeBefore = m.start() > 0 && Set.of("منذ", "عند", "قبيل", "حتي", "مع").contains(words.get(m.start() - 1).norm());
        return timeAfter || timeBefore;
    }

    /** "قال في اتصال هاتفي بـ«عكاظ»": the call is how a statement reached an outlet, not a meeting. */
    private static boolean medium(List<Word> words, TriggerLexicon.Match m) {
        if (!m.entry().type().equals("MEETING") || m.start() == 0 || !words.get(m.start() - 1).is("في")) {
            return false;
        }
        int next = m.end() < words.size() && m.end() == m.start() + 1 ? m.end() + 1 : m.end();
        if (next >= words.size()) {
            return true; // "قال المتحدث في اتصال هاتفي": the call ends the sentence
        }
        String w = words.get(next).norm();
        return w.startsWith("ل") || w.startsWith("ب") || Words.isClauseBreak(words.get(next)) || HELD_BY.contains(w);
    }

    /**
     * A definite trigger noun whose sentence names no place (الهجوم، الغارات، الاتفاق) mostly refers back to the last event
     * of its type told before, unless it is dated otherwise: the index of that event, or -1.
     */
    private static int lastOfType(List<Retellings.Telling> earlier, String type, String date) {
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Event e = earlier.get(k).event();
            if (e.type().equals(type) && !e.negated() && !e.hypothetical()) {
                return date == null || e.date() == null || date.equals(e.date()) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * "هذا الهجوم"، "هذه المساعدات": a demonstrative points back to an event already told; so does any event noun a few
     * words after a condemnation (ونددت واشنطن بالهجوم، قرار يدين هجمات المستوطنين), and a definite one after its
     * perpetrator or its claim (منفذ الهجوم، تبنى الهجوم، مسؤوليتها عن الهجوم، إدانتها للتفجير).
     */
    private static boolean demonstrative(List<Word> words, int trigger) {
        if (trigger > 0 && DEMONSTRATIVES.contains(words.get(trigger - 1).bare())) {
            return true;
        }
        for (int k = trigger - 1; k >= Math.max(0, trigger - CONDEMNATION_REACH); k--) {
            if (Words.isClauseBreak(words.get(k))) {
                break;
            }
            if (CONDEMNATION.contains(words.get(k).bare())) {
                return true;
            }
        }
        if (!definite(words.get(trigger))) {
            return false;
        }
        for (int k = Math.max(0, trigger - 2); k < trigger; k++) {
            String w = words.get(k).bare();
            if (RESPONSIBILITY.stream().anyMatch(w::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A war or conflict named as a cause, a time or a topic (بسبب النزاع، جراء الصراع، موسم القتال، حل النزاع في سوريا)
     * is the background of the sentence, not a happening it tells.
     */
    private static boolean conflictAsCause(List<Word> words, TriggerLexicon.Match m) {
        if (m.start() == 0 || m.end() - m.start() > 1 || !m.entry().type().equals("CLASH")) {
            return false;
        }
        var forms = TriggerLexicon.forms(words.get(m.start()).norm());
        return forms.stream().anyMatch(CONFLICT_NOUNS::contains) && CAUSES.contains(words.get(m.start() - 1).bare());
    }

    /** A noun with the article, after any conjunction or preposition (والهجوم، بالغارات، للاتفاق). */
    private static boolean definite(Word head) {
        String w = head.norm();
        return w.startsWith("ال") || w.startsWith("لل") || w.length() > 3 && "وفبل".indexOf(w.charAt(0)) >= 0
                && (w.startsWith("ال", 1) || w.startsWith("ال", 2) && "وفبل".indexOf(w.charAt(1)) >= 0);
    }

    /**
     * An event told again: the parties and the toll its first mention left unnamed are added to it, and the narrower
     * place, when the retelling gives one.
     */
    private static Event restated(Event o, List<String> actors, List<String> targets, Event.Casualties casualties,
                                  String narrower) {
        var agents = union(o.actors(), actors);
        var receiving = union(o.targets(), targets);
        receiving.removeAll(agents); // a party the first mention made a doer stays one
        return new Event(o.type(), o.cameo(), o.trigger(), agents, receiving,
                narrower != null ? narrower : o.location(), o.date(), o.dateText(),
                o.casualties() != null ? o.casualties() : casualties, o.sentence(), o.negated(), o.hypothetical());
    }

    /** A country first, then a place that is not a country: the retelling names where in it. */
    private static boolean narrows(String first, String then) {
        return first != null && then != null && first.startsWith("iso3166:") && !then.startsWith("iso3166:");
    }

    /** "ونظمت مظاهرات في البلاد"، "في أنحاء البلاد": the sentence says the event took place in the whole country. */
    private static boolean theCountry(List<Word> words) {
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k).norm();
            if (w.equals("بالبلاد") || w.equals("البلاد") && k > 0 && IN.contains(words.get(k - 1).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "وتواجه كينيا التطرف منذ أن فجر التنظيم السفارة في نيروبي": the country a town lies in is no party of what happened
     * in the town just for being named near it. Talks and deals keep it: they may be held in a party's own capital.
     */
    private Event withoutContainingCountry(Event e) {
        String country = containment.countryOf(e.location());
        if (country == null || DIPLOMATIC.contains(e.type())
                || !e.actors().contains(country) && !e.targets().contains(country)) {
            return e;
        }
        return new Event(e.type(), e.cameo(), e.trigger(), without(e.actors(), country), without(e.targets(), country),
                e.location(), e.date(), e.dateText(), e.casualties(), e.sentence(), e.negated(), e.hypothetical());
    }

    private static List<String> without(List<String> ids, String id) {
        return ids.stream().filter(x -> !x.equals(id)).toList();
    }

    /** What a restatement or a retelling adds: the parties its first mention left unnamed. */
    static List<String> union(List<String> first, List<String> later) {
        var out = new ArrayList<>(first);
        later.stream().filter(id -> !out.contains(id)).forEach(out::add);
        return out;
    }

    /**
     * Where the event happened: the place named nearest the trigger, after it or before it (those before weighed
     * as farther); places after مع / من / إلى / ضد (partners, origins, destinations) only
     * when no other is named, except من after a withdrawal or a takeover, which names the place left or lost.
     */
    private static String location(List<Word> words, List<Actor> inSentence, Span trigger, boolean locativeOnly,
                                   boolean fromIsWhere, boolean atBuildings, Containment containment) {
        var towns = new ArrayList<Candidate>(); // the places after في
        String strong = null;
        Actor.Mention strongMention = null;
        String weak = null;
        int strongDistance = Integer.MAX_VALUE;
        int weakDistance = Integer.MAX_VALUE;
        for (Actor a : inSentence) {
            boolean facility = atBuildings && Facilities.named(a);
            if (!place(a) && !facility) {
                continue;
            }
            for (Actor.Mention m : a.mentions()) {
                if (m.start() < trigger.end() && m.end() > trigger.start()) {
                    continue;
                }
                String preposition = PlaceCues.preposition(words, m);
                if (facility && !Facilities.locative(preposition)) {
                    continue; // a hospital or a university that acts or is named as a party is a body (تبنى هجوم الجامعة)
                }
                if (locativeOnly && !facility && !after(words, m, IN) && !heldIn(words, m)) {
                    continue; // a country next to a talk or a deal is mostly a party to it (الاتفاق مع إيران)
                }
                if (referencePoint(words, inSentence, a, m) || PlaceCues.post(words, m)
                        || PlaceCues.region(words, m, end -> placeEndingAt(inSentence, a, end))) {
                    continue;
                }
                int d = m.start() >= trigger.end() ? m.start() - trigger.end() : BEFORE_PENALTY * (trigger.start() - m.end());
                boolean notLocative = NOT_LOCATIVE.contains(preposition) && !(fromIsWhere && FROM.contains(preposition));
                if (distanceFrom(words, m) || notLocative) {
                    if (d < weakDistance) {
                        weakDistance = d;
                        weak = a.id();
                    }
                } else {
                    if (preposition.equals("في")) { // not a capital standing for its government (أنقرة كانت مترددة)
                        towns.add(new Candidate(a.id(), m, d));
                    }
                    if (d < strongDistance) {
                        strongDistance = d;
                        strong = a.id();
                        strongMention = m;
                    }
                }
            }
        }
        if (strongMention != null && strongMention.start() >= trigger.end()) {
            String region = containingRegion(words, inSentence, strongMention);
            if (region != null) {
                return region;
            }
        }
        return strong != null ? townWithin(strong, strongMention, towns, containment) : weak;
    }

    /** A place named in the sentence, where it is named, and how far from the trigger it counts. */
    private record Candidate(String id, Actor.Mention at, int distance) {
    }

    /**
     * "اعتقل في إيران ... في منزله في طهران": a country whose town the sentence names after it, after في, is narrowed to
     * that town (the nearest to the trigger of those in it); a town named before the country (أعلنت النيابة في فيينا أن
     * ... حملة جرت في النمسا) is another clause's.
     */
    private static String townWithin(String place, Actor.Mention named, List<Candidate> towns, Containment containment) {
        Candidate best = null;
        for (Candidate t : towns) {
            if (t.at().start() >= named.end() && containment.within(t.id(), place)
                    && (best == null || t.distance() < best.distance())) {
                best = t;
            }
        }
        return best != null ? best.id() : place;
    }

    /** The start of a mention ending at {@code end} of a place other than {@code self} and not a country, or -1. */
    private static int placeEndingAt(List<Actor> inSentence, Actor self, int end) {
        for (Actor o : inSentence) { // loops: this runs for every place a trigger may have
            if (o != self && (place(o) || Facilities.named(o)) && !o.id().startsWith("iso3166:")) {
                for (Actor.Mention x : o.mentions()) {
                    if (x.end() == end) {
                        return x.start();
                    }
                }
            }
        }
        return -1;
    }

    /**
     * "الحوطة (شمالي عدن)"، "ديالى 57 كلم شمال شرق بغداد": a place after a direction word that follows another place
     * locates that place; the event is not there.
     */
    private static boolean referencePoint(List<Word> words, List<Actor> inSentence, Actor self, Actor.Mention m) {
        int k = indexAt(words, m.start());
        int d = k - 1;
        while (d >= 0 && DIRECTIONS.contains(words.get(d).bare())) {
            d--;
        }
        if (d == k - 1) {
            return false;
        }
        int from = words.get(Math.max(0, d - REFERENCE_REACH)).start();
        int to = words.get(Math.max(0, d)).end();
        for (Actor other : inSentence) {
            if (other != self && place(other)
                    && other.mentions().stream().anyMatch(o -> o.end() > from && o.end() <= to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "تبعد 20 كم عن بغداد"، "على بعد مائة كلم شمال بوجمبورا": the place a distance is measured from locates another
     * place, named or not (شمال البلاد); it places the event only when no other place is given.
     */
    private static boolean distanceFrom(List<Word> words, Span mention) {
        int k = indexAt(words, mention.start());
        int d = k - 1;
        while (d >= 0 && DIRECTIONS.contains(words.get(d).bare())) {
            d--;
        }
        if (d < 0 || d == k - 1 && !FROM.contains(words.get(d).norm()) && !words.get(d).is("عن")) {
            return false; // not measured: neither a direction nor عن / من before the place
        }
        for (int j = d; j >= Math.max(0, d - DISTANCE_REACH); j--) {
            Word w = words.get(j);
            if (Words.isPunct(w)) {
                return false;
            }
            if (DISTANCE.contains(w.bare()) || w.is("بعد") && j > 0 && words.get(j - 1).is("علي")) {
                return true;
            }
        }
        return false;
    }

    private static int indexAt(List<Word> words, int offset) {
        return Math.min(Words.endingAfter(words, offset), words.size() - 1);
    }

    /**
     * "في قرى مشرعة وحدنان بجبل صبر": when the place is the first of a list (X وY), the place the list is then said to
     * lie in (ب / في / محافظة ... right after it) is the event's place: one trigger covering several places is placed in
     * their region.
     */
    private static String containingRegion(List<Word> words, List<Actor> inSentence, Actor.Mention first) {
        var places = new ArrayList<Actor.Mention>();
        var ids = new HashMap<Actor.Mention, String>();
        for (Actor a : inSentence) {
            if (place(a)) {
                for (Actor.Mention m : a.mentions()) {
                    if (m.start() > first.start()) {
                        places.add(m);
                        ids.put(m, a.id());
                    }
                }
            }
        }
        places.sort(java.util.Comparator.comparingInt(Actor.Mention::start));
        Span last = first;
        int k = 0;
        boolean list = false;
        while (k < places.size() && wordsBetween(words, last.end(), places.get(k).start()) == 0
                && wordAt(words, places.get(k).start()).norm().startsWith("و")) {
            last = places.get(k++);
            list = true;
        }
        if (!list || k >= places.size()) {
            return null;
        }
        Actor.Mention next = places.get(k);
        Word head = wordAt(words, next.start());
        boolean within = wordsBetween(words, last.end(), next.start()) <= 2
                && (head.norm().startsWith("ب") || head.norm().startsWith("في") || after(words, next, IN)
                || after(words, next, REGION_NOUNS));
        return within ? ids.get(next) : null;
    }

    /** A place actor, not a common noun of places misread as one (محافظة in بمحافظة درعا). */
    private static boolean place(Actor a) {
        if (!a.type().equals("LOC")) {
            return false;
        }
        String n = Arabic.normalize(a.name());
        return !PLACE_NOUNS.contains(Arabic.withoutArticle(n));
    }

    private static long wordsBetween(List<Word> words, int from, int to) {
        return words.stream().filter(w -> w.start() >= from && w.end() <= to).count();
    }

    private static Word wordAt(List<Word> words, int offset) {
        for (Word w : words) {
            if (w.end() > offset) {
                return w;
            }
        }
        return words.get(words.size() - 1);
    }

    /**
     * "الاجتماع ... الذي عقد في مدينة ياروسلافل"، "القمة المنعقدة في مدينة X": the verb of holding says the place noun
     * after في and the name after it are the venue.
     */
    private static boolean heldIn(List<Word> words, Span mention) {
        int k = Words.endingAfter(words, mention.start());
        return k < words.size() && k >= 3 && PLACE_NOUNS.contains(words.get(k - 1).bare()) && words.get(k - 2).is("في")
                && HELD.contains(words.get(k - 3).bare());
    }

    private static boolean after(List<Word> words, Span mention, Set<String> cues) {
        int k = Words.endingAfter(words, mention.start());
        return k < words.size() && k > 0 && cues.contains(words.get(k - 1).norm());
    }

    /**
     * "رفضوا الاستسلام"، "رفض الانسحاب": an act refused right before its word did not take place. Not a deal or a truce,
     * which a side rejects while it stands (رفض الاتفاق النووي).
     */
    private static boolean refused(List<Word> words, TriggerLexicon.Match m) {
        return m.start() > 0 && REFUSED.contains(words.get(m.start() - 1).bare()) && !m.entry().type().equals("AGREEMENT");
    }

    /** "لإيصال المساعدات"، "لتوزيع المساعدات": relief named as what something is for, not relief given. */
    private static boolean aidToBring(List<Word> words, TriggerLexicon.Match m) {
        return m.entry().type().equals("AID") && m.start() > 0 && TO_BRING.contains(words.get(m.start() - 1).bare());
    }

    /**
     * A derived verbal noun under the purpose lam (لاستعادة، لمواجهة، لتحرير) names an aim, not something that happened;
     * a plain noun after ل (تعرضوا لهجوم) or the article-bearing للـ is a preposition and stays.
     */
    private static boolean purpose(Word head, TriggerLexicon.Match m) {
        String w = head.norm();
        String form = m.entry().words().get(0);
        return (w.equals("ل" + form) || w.equals("ول" + form))
                && (form.startsWith("است") || form.startsWith("م") || form.startsWith("ت"))
                || w.equals("للقتال") || w.equals("وللقتال"); // سافروا للقتال في سوريا: what they went for
    }

    /**
     * Where an event whose sentence names no place happened, when no event before it in its paragraph has one: the
     * place its paragraph named last before it ("دارت المعارك في ريف حلب. وقصفت الطائرات مواقع للمسلحين"), else the
     * first place the document names (often its dateline).
     */
    private static String placeBefore(ActorIndex actors, Span paragraph, Span s) {
        Actor.Mention last = null;
        String id = null;
        if (paragraph != null && paragraph.start() < s.start()) {
            for (Actor a : actors.allWithin(new Event.Sentence(paragraph.start(), s.start()))) {
                for (Actor.Mention m : a.mentions()) {
                    if (place(a) && m.start() >= paragraph.start() && m.end() <= s.start()
                            && (last == null || m.end() > last.end())) {
                        last = m;
                        id = a.id();
                    }
                }
            }
        }
        return id != null ? id : firstPlace(actors, s);
    }

    /** The first place the document names before {@code s} (often its dateline). */
    private static String firstPlace(ActorIndex actors, Span s) {
        Actor first = actors.firstWithin(new Event.Sentence(0, s.start()), EventFinder::place);
        return first == null ? null : first.id();
    }

    /** The date entity closest to the trigger in its sentence. */
    private static Entity nearest(List<Entity> dates, Span trigger) {
        Entity best = null;
        for (Entity d : dates) {
            if (best == null || distance(d, trigger) < distance(best, trigger)) {
                best = d;
            }
        }
        return best;
    }

    private static int distance(Span a, Span b) {
        return a.end() <= b.start() ? b.start() - a.end() : Math.max(0, a.start() - b.end());
    }

    /** "على يد" within a few words after a killing: who killed is named. */
    private static boolean byTheHandsOf(List<Word> words, int from) {
        for (int k = from; k < Math.min(words.size() - 1, from + 4); k++) {
            if (words.get(k).norm().equals("علي") && words.get(k + 1).norm().equals("يد")) {
                return true;
            }
        }
        return false;
    }

    /** A negation within three words before the trigger; لا يزال / ما زال (still) asserts instead. */
    private static boolean negated(List<Word> words, int trigger) {
        for (int k = Math.max(0, trigger - 3); k < trigger; k++) {
            if ((NEGATIONS.contains(words.get(k).norm()) || NEGATIONS.contains(words.get(k).bare()))
                    && !STILL.contains(words.get(k + 1).norm())
                    && !(words.get(k).norm().equals("ما") && HAPPENED.contains(words.get(k + 1).norm()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A plan, fear or modal within four words before the trigger. قد is a modal ("may") only before a present-tense verb
     * (قد يتعرض، قد تتجه); before a past verb (قد حررت، قد أحبطت) it asserts that the thing happened.
     */
    private static boolean hypothetical(List<Word> words, int trigger) {
        for (int k = Math.max(0, trigger - 4); k < trigger; k++) {
            String w = words.get(k).bare();
            if (HYPOTHETICAL.contains(words.get(k).norm()) || HYPOTHETICAL.contains(w)) {
                if (!w.equals("قد") || presentTense(words.get(k + 1).norm())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** يفعل / تفعل / نفعل, not a feminine or plural past (تقدمت، تمكنوا). */
    private static boolean presentTense(String verb) {
        if (verb.startsWith("ي") || verb.startsWith("ن")) {
            return true;
        }
        return verb.startsWith("ت") && !verb.endsWith("ت") && !verb.endsWith("وا");
    }

    private static boolean flagged(List<Word> words, int trigger, Set<String> cues, int window) {
        for (int k = Math.max(0, trigger - window); k < trigger; k++) {
            if (cues.contains(words.get(k).norm()) || cues.contains(words.get(k).bare())) {
                return true;
            }
        }
        return false;
    }

    /** The first paragraph containing the sentence, or null: a loop, as it runs for every sentence. */
    private static Span containing(List<? extends Span> paragraphs, Sentence s) {
        for (Span p : paragraphs) {
            if (p.contains(s)) {
                return p;
            }
        }
        return null;
    }
}
