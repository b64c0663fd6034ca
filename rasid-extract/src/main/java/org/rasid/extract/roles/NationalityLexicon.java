package org.rasid.extract.roles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.extract.text.Arabic;
import org.rasid.extract.text.HashSieve;
import org.rasid.extract.text.Resources;
import org.rasid.extract.text.Word;

/**
 * Nationality and group words (NORP) with what they denote: adjectives derived from the one-word country names of
 * the registry's country list by the nisba rule (مصر → مصري، سوريا → سوري، كندا → كندي، السعودية → سعودي), in
 * their definite, feminine and plural forms, plus the curated irregular forms and group nouns of
 * {@code roles/norp.tsv}. Values are country ids ("iso3166:EG") or "group".
 */
public final class NationalityLexicon {
    /** السنة is also "the year": it means the Sunnis only next to another group word or after أهل. */
    private static final String SUNNIS = "السنه";

    private final Map<String, String> valueOf = new HashMap<>();
    /** Forms that are also place names (السعودية): nationalities only where an adjective stands, after a definite noun. */
    private final Set<String> placeNames = new java.util.HashSet<>();
    /** Most words of a text are no nationality: the sieve says so without reaching into the map. */
    private final HashSieve known;

    private static final class Shared {
        static final NationalityLexicon INSTANCE = new NationalityLexicon();
    }

    /** The module's lexicon, built on first use from the place list (immutable, so shared by every stage). */
    public static NationalityLexicon shared() {
        return Shared.INSTANCE;
    }

    private NationalityLexicon() {
        Set<String> not = Resources.wordSet("roles/not-norp.txt");
        for (String line : Resources.lines("actors/places.tsv")) {
            String[] c = line.split("\t");
            for (String name : c[2].split("\\|")) {
                placeNames.add(Arabic.normalize(name));
            }
            if (!c[0].startsWith("iso3166:")) {
                continue;
            }
            for (String name : c[2].split("\\|")) {
                if (!name.contains(" ")) {
                    for (String form : forms(nisba(Arabic.normalize(name)))) {
                        if (!not.contains(form)) {
                            valueOf.putIfAbsent(form, c[0]);
                        }
                    }
                }
            }
        }
        for (String line : Resources.lines("roles/norp.tsv")) {
            String[] c = line.split("\t");
            for (String form : c[1].trim().split("\\s+")) {
                valueOf.put(Arabic.normalize(form), c[0]);
            }
        }
        known = HashSieve.of(valueOf.keySet());
    }

    /** What a normalized word denotes when it is a nationality or group word, else null. */
    public String valueOf(String norm) {
        return known.mayContain(norm) ? valueOf.get(norm) : null;
    }

    /** Every normalized word {@link #valueOf} knows. */
    public Set<String> words() {
        return java.util.Collections.unmodifiableSet(valueOf.keySet());
    }

    /** Whether the nationality word at {@code i} (its form without clitic: {@code form}) reads as one here. */
    public boolean fits(List<Word> words, int i, String form) {
        if (form.equals(SUNNIS)) {
            for (int k = Math.max(0, i - 2); k <= Math.min(words.size() - 1, i + 2); k++) {
                String n = words.get(k).bare();
                if (k != i && ("group".equals(valueOf(n)) && !n.equals(SUNNIS) || n.equals("اهل"))) {
                    return true;
                }
            }
            return false;
        }
        if (placeNames.contains(form)) {
            String before = i > 0 ? words.get(i - 1).bare() : "";
            return before.length() > 3 && before.startsWith("ال");
        }
        return true;
    }

    /** The relational adjective of a (normalized) country name. */
    static String nisba(String country) {
        String n = Arabic.withoutArticle(country);
        if (n.endsWith("يه")) {
            return n.substring(0, n.length() - 2) + "ي";
        }
        if (n.endsWith("يا") || n.endsWith("ا")) {
            return n.substring(0, n.length() - (n.endsWith("يا") ? 2 : 1)) + "ي";
        }
        return n.endsWith("ي") ? n : n + "ي";
    }

    private static Set<String> forms(String adjective) {
        return Set.of(adjective, "ال" + adjective, adjective + "ه", "ال" + adjective + "ه", adjective + "ون",
                "ال" + adjective + "ون", adjective + "ين", "ال" + adjective + "ين");
    }
}
