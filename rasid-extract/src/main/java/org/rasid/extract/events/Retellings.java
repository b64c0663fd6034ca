package org.rasid.extract.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasid.extract.actors.Containment;

/**
 * Folds the retellings of one happening in a document into its first telling. A news article names what happened
 * several times (the lead, the details, a recap: "قتل خمسة في هجوم ..." ... "ووقع الهجوم في ..." ... "وأسفر الهجوم
 * عن ..."), and the sentence-by-sentence finder gives one event per telling.
 *
 * <p>A later telling is the same happening as an earlier one of its type when nothing tells them apart (the same
 * negation and modality, no other date, a place that is the same, unknown, or named in the other's sentence, and no
 * word that marks another one: هجوم آخر، حادثة منفصلة، هجوم مماثل) and something ties them: it is a back-reference
 * (الهجوم، هذا الهجوم), it repeats the trigger word, or it is told at the same place by no other side; a visit and the
 * talks held during it are one meeting. The merged event keeps the first trigger and sentence and gathers the parties,
 * the narrower place, the date the event itself carries and the toll.
 */
final class Retellings {
    /** How many days after an event the news of it may be dated. */
    private static final int REPORTING_LAG = 3;
    /**
     * Attack nouns that tell a series and those that tell one attack: the guidelines keep an aggregate next to its
     * components, so a series is not the retelling of one attack, nor one attack of a series.
     */
    private static final Set<String> SERIES = Set.of("هجمات", "تفجيرات", "انفجارات", "غارات", "اعتداءات");
    private static final Set<String> ONE = Set.of("هجوم", "تفجير", "انفجار", "غاره", "اعتداء", "هجوم انتحاري",
            "تفجير انتحاري", "عمليه انتحاريه", "عبوه ناسفه", "سياره مفخخه");

    /**
     * One telling of an event and what its sentence says for matching it with another: its trigger word without the
     * article and verb endings, whether it refers back, whether a word marks it as another happening, the number right
     * after the trigger (اعتقلت 16 شخصا: how many it took), whether its date
     * is only when the news was told (قال ... أمس إن) or another's (an event named between, a period since), whether
     * the sentence states where it happened (وقع الهجوم في X), and the name keys of its place and of the places the
     * sentence names.
     */
    record Telling(Event event, String head, boolean anaphoric, boolean another, String count, boolean statementDate,
                   boolean foreignDate, boolean placeTold, String placeKey, Set<String> placesNamed) {
        Telling {
            placesNamed = Set.copyOf(placesNamed);
        }

        Telling with(Event e) {
            return new Telling(e, head, anaphoric, another, count, statementDate, foreignDate, placeTold, placeKey,
                    placesNamed);
        }

        /** The event's own date, if the sentence gives one. */
        String date() {
            return foreignDate ? null : event.date();
        }
    }

    private Retellings() {
    }

    /** The tellings folded; {@code containment} says which town lies in which country. */
    static List<Event> merge(List<Telling> tellings, Containment containment) {
        var out = new ArrayList<Telling>();
        for (Telling t : tellings) {
            int same = antecedent(out, t, containment);
            if (same < 0) {
                out.add(t);
            } else {
                out.set(same, fold(out.get(same), t));
            }
        }
        return out.stream().map(Telling::event).toList();
    }

    /** The latest earlier telling that {@code t} retells, or -1. */
    private static int antecedent(List<Telling> earlier, Telling t, Containment containment) {
        if (t.another()) {
            return -1;
        }
        for (int k = earlier.size() - 1; k >= 0; k--) {
            if (retells(earlier.get(k), t, containment)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean retells(Telling first, Telling then, Containment containment) {
        Event o = first.event();
        Event e = then.event();
        if (!o.type().equals(e.type()) || o.negated() != e.negated() || o.hypothetical() != e.hypothetical()
                || o.sentence().equals(e.sentence())) {
            return false; // two events of a type in one sentence are two places the finder already told apart
        }
        if (first.count() != null && then.count() != null && !first.count().equals(then.count())) {
            return false; // اعتقلت 16 ... اعتقلت 13: two counts, two happenings
        }
        if (plural(first) != plural(then) && singular(first) != singular(then)) {
            return false; // هجمات المتشددين ... انفجار عبوة: a series and one of its attacks are told apart
        }
        boolean sameWord = first.head().equals(then.head());
        boolean tied = then.anaphoric() || sameWord; // a telling that points back or repeats the word, not only a place
        String a = first.date();
        String b = then.date();
        if (!compatibleDates(a, b) && !(tied && first.statementDate() && toldAfter(b, a))
                && !(tied && then.statementDate() && toldAfter(a, b))) {
            return false;
        }
        if (o.type().equals("MEETING") && (visit(first) || visit(then))
                && o.actors().stream().anyMatch(e.actors()::contains)) {
            return true; // wherever either is placed: the visit's destination, the talks' venue
        }
        if (!compatiblePlaces(first, then, containment)) {
            return false;
        }
        boolean samePlace = e.location() != null && samePlace(first, then);
        boolean oneSide = o.actors().isEmpty() || e.actors().isEmpty() || o.actors().stream().anyMatch(e.actors()::contains);
        return then.anaphoric() || (samePlace || sameWord) && oneSide;
    }

    private static boolean plural(Telling t) {
        return SERIES.contains(t.head());
    }

    private static boolean singular(Telling t) {
        return ONE.contains(t.head());
    }

    /** Equal, unknown, or one within the other (2015-07 and 2015-07-22). */
    private static boolean compatibleDates(String a, String b) {
        return a == null || b == null || a.equals(b) || a.startsWith(b + "-") || b.startsWith(a + "-");
    }

    /**
     * A day up to {@link #REPORTING_LAG} days before the day it was told (قال مسعفون أمس إن ... واندلع القتال أول من
     * أمس): the statement's date does not tell the event apart.
     */
    private static boolean toldAfter(String happened, String told) {
        if (happened == null || told == null || happened.length() != 10 || told.length() != 10) {
            return false;
        }
        try {
            long lag = ChronoUnit.DAYS.between(LocalDate.parse(happened), LocalDate.parse(told));
            return lag >= 0 && lag <= REPORTING_LAG;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * The same place, an unknown one, a country first and a place that is not one then (the lead's country, the
     * details' town), a town first and then the country it lies in (the recap's "في اليمن" after "في صنعاء"), or a
     * place the other telling's sentence names too (الانفجار وقع بمنطقة الخلفاء ... بالعريش).
     */
    private static boolean compatiblePlaces(Telling first, Telling then, Containment containment) {
        String a = first.event().location();
        String b = then.event().location();
        return a == null || b == null || samePlace(first, then) || country(a) && !country(b) || containment.within(a, b)
                || then.placesNamed().contains(first.placeKey()) || first.placesNamed().contains(then.placeKey());
    }

    /** One place, by id or by name (two gazetteer entries of one town: رفحاء). */
    private static boolean samePlace(Telling first, Telling then) {
        String a = first.event().location();
        return a != null && (a.equals(then.event().location()) || first.placeKey() != null
                && first.placeKey().equals(then.placeKey()));
    }

    private static boolean country(String id) {
        return id.startsWith("iso3166:");
    }

    /** A visit (زيارة، زار) is the occasion of the talks held during it. */
    private static boolean visit(Telling t) {
        return t.head().startsWith("زيار") || t.head().startsWith("زار");
    }

    /** The first telling with what the retelling adds: parties, a narrower place, the event's own date, the toll. */
    private static Telling fold(Telling first, Telling then) {
        Event o = first.event();
        Event e = then.event();
        var actors = EventFinder.union(o.actors(), e.actors());
        var targets = EventFinder.union(o.targets(), e.targets());
        targets.removeAll(actors); // a party the first telling made a doer stays one
        boolean laterDate = then.date() != null && (first.date() == null || first.statementDate() && !then.statementDate());
        boolean laterPlace = narrower(first, then);
        var merged = new Event(o.type(), o.cameo(), o.trigger(), actors, targets, laterPlace ? e.location() : o.location(),
                laterDate ? e.date() : o.date(), laterDate ? e.dateText() : o.dateText(),
                o.casualties() != null ? o.casualties() : e.casualties(), o.sentence(), o.negated(), o.hypothetical());
        return new Telling(merged, first.head(), first.anaphoric(), first.another(),
                first.count() != null ? first.count() : then.count(),
                laterDate ? then.statementDate() : first.statementDate(), laterDate ? then.foreignDate() : first.foreignDate(),
                first.placeTold() || then.placeTold(), laterPlace ? then.placeKey() : first.placeKey(), first.placesNamed());
    }

    /**
     * Whether the retelling's place is the narrower of the two: the known one; a place within a country over the country; the retelling's where it
     * states where the event happened (وقع الهجوم في منطقة X، الانفجار وقع بمنطقة الخلفاء).
     */
    private static boolean narrower(Telling first, Telling then) {
        String a = first.event().location();
        String b = then.event().location();
        if (b == null || a == null || samePlace(first, then)) {
            return a == null && b != null;
        }
        if (country(a) != country(b)) {
            return country(a);
        }
        return then.placeTold() && !first.placeTold();
    }
}
