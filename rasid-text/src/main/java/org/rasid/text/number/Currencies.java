package org.rasid.text.number;

import java.util.Map;

/**
 * Currency words and signs with their ISO 4217 codes. A word's default code (دولار → USD, ريال → SAR) gives
 * way to the nationality adjective after it (ريال قطري → QAR); a word with no safe default (دينار) has its
 * base word as the unit unless an adjective names the country.
 */
final class Currencies {
    /** Normalized currency word (all number and case forms) → default code, or its base word when it has none. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("دولار", "USD"), Map.entry("دولارا", "USD"), Map.entry("دولارات", "USD"), Map.entry("الدولارات", "USD"),
            Map.entry("ريال", "SAR"), Map.entry("ريالا", "SAR"), Map.entry("ريالات", "SAR"),
            Map.entry("جنيه", "EGP"), Map.entry("جنيها", "EGP"), Map.entry("جنيهات", "EGP"),
            Map.entry("يورو", "EUR"),
            Map.entry("دينار", "دينار"), Map.entry("دينارا", "دينار"), Map.entry("دنانير", "دينار"),
            Map.entry("درهم", "AED"), Map.entry("درهما", "AED"), Map.entry("دراهم", "AED"),
            Map.entry("ليره", "ليره"), Map.entry("ليرات", "ليره"),
            Map.entry("روبيه", "INR"), Map.entry("يوان", "CNY"), Map.entry("ين", "JPY"),
            Map.entry("فرنك", "CHF"), Map.entry("روبل", "RUB"), Map.entry("تومان", "IRR"));

    /** Nationality adjective (masculine and feminine) → code, for the currencies several countries use. */
    private static final Map<String, String> ADJECTIVES = Map.ofEntries(
            Map.entry("امريكي", "USD"), Map.entry("كندي", "CAD"), Map.entry("استرالي", "AUD"),
            Map.entry("سعودي", "SAR"), Map.entry("قطري", "QAR"), Map.entry("عماني", "OMR"), Map.entry("يمني", "YER"),
            Map.entry("ايراني", "IRR"), Map.entry("مصري", "EGP"), Map.entry("استرليني", "GBP"), Map.entry("سوداني", "SDG"),
            Map.entry("كويتي", "KWD"), Map.entry("اردني", "JOD"), Map.entry("عراقي", "IQD"), Map.entry("بحريني", "BHD"),
            Map.entry("ليبي", "LYD"), Map.entry("تونسي", "TND"), Map.entry("جزائري", "DZD"), Map.entry("مغربي", "MAD"),
            Map.entry("اماراتي", "AED"), Map.entry("تركيه", "TRY"), Map.entry("سوريه", "SYP"), Map.entry("لبنانيه", "LBP"),
            Map.entry("لبناني", "LBP"), Map.entry("سوري", "SYP"), Map.entry("تركي", "TRY"));

    private static final Map<String, String> SIGNS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "usd", "USD",
            "sar", "SAR", "eur", "EUR", "aed", "AED", "egp", "EGP");

    private Currencies() {
    }

    /** The default code (or base word) of a currency word, null for a non-currency. */
    static String word(String norm) {
        return WORDS.get(norm);
    }

    /** The code a nationality adjective gives, in any case form (كويتي، الكويتي، كويتيا). */
    static String adjective(String norm) {
        String bare = norm.startsWith("ال") ? norm.substring(2) : norm;
        String code = ADJECTIVES.get(bare);
        return code != null || !bare.endsWith("ا") ? code : ADJECTIVES.get(bare.substring(0, bare.length() - 1));
    }

    static String sign(String norm) {
        return SIGNS.get(norm);
    }
}
