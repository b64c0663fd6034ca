package org.rasid.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.rasid.core.DocumentJson;
import org.rasid.store.Store;

/**
 * A small store of hand-written rasid/1 articles with every layer the workbench shows; spans are found with
 * indexOf, so each one covers exactly the text it names.
 */
final class FixtureStore {
    static final String HOUTHI = "Q-houthi";
    static final String COALITION = "Q-coalition";
    static final String HADI = "Q-hadi";

    private FixtureStore() {
    }

    static Store build(Path dir) {
        var store = Store.open(dir);
        store.write(List.of(aden(), sanaa(), riyadh()));
        return store;
    }

    private static ObjectNode aden() {
        var a = new Builder("https://example.org/aden", "2015-07-20", "alriyadh",
                "قوات التحالف تستعيد مطار عدن",
                "أعلنت قوات التحالف العربي استعادة مطار عدن الدولي بعد معارك مع الحوثيين أسفرت عن مقتل 12 مسلحا.",
                "وقال المتحدث باسم التحالف أحمد عسيري إن \"العمليات ستستمر حتى عودة الشرعية\".");
        a.entity("التحالف العربي", "ORG", COALITION).entity("عدن الدولي", "LOC", null).entity("الحوثيين", "ORG", HOUTHI)
                .entity("أحمد عسيري", "PERS", null);
        a.actor(COALITION, "التحالف العربي", "ORG", "قوات التحالف", "التحالف").actor(HOUTHI, "الحوثيون", "ORG", "الحوثيين", "أنصار الله");
        a.quote("العمليات ستستمر حتى عودة الشرعية", COALITION, "قال");
        a.event("attack", "190", "معارك", COALITION, HOUTHI, "عدن", 12, "أعلنت");
        a.relation(COALITION, "fights", HOUTHI, "معارك مع الحوثيين");
        return a.doc;
    }

    private static ObjectNode sanaa() {
        var a = new Builder("https://example.org/sanaa", "2015-08-03", "okaz",
                "غارات جوية على صنعاء",
                "شنت طائرات التحالف غارات على مواقع للحوثيين في صنعاء، وقال شهود إن 5 أشخاص قتلوا وأصيب 9 آخرون.",
                "واتهم الرئيس عبد ربه منصور هادي الحوثيين بتهديد أمن اليمن.");
        a.entity("التحالف", "ORG", COALITION).entity("للحوثيين", "ORG", HOUTHI).entity("صنعاء", "LOC", null)
                .entity("عبد ربه منصور هادي", "PERS", HADI);
        a.actor(COALITION, "التحالف العربي", "ORG").actor(HOUTHI, "الحوثيون", "ORG", "للحوثيين")
                .actor(HADI, "عبد ربه منصور هادي", "PERS", "الرئيس هادي");
        a.quote("بتهديد أمن اليمن", HADI, "اتهم");
        a.event("airstrike", "195", "غارات", COALITION, HOUTHI, "صنعاء", 5, "شنت");
        a.relation(HADI, "accuses", HOUTHI, "اتهم الرئيس");
        return a.doc;
    }

    private static ObjectNode riyadh() {
        var a = new Builder("https://example.org/riyadh", "2015-08-10", "alriyadh",
                "اجتماع في الرياض لدعم الحكومة اليمنية",
                "استقبل الرئيس عبد ربه منصور هادي في الرياض وفدا من الحكومة اليمنية لبحث إعادة الإعمار.");
        a.entity("عبد ربه منصور هادي", "PERS", HADI).entity("الرياض", "LOC", null);
        a.actor(HADI, "عبد ربه منصور هادي", "PERS");
        a.event("meet", "040", "استقبل", HADI, null, "الرياض", 0, "استقبل");
        return a.doc;
    }

    /** Lays out a title and paragraphs as rasid/1 text and adds layers whose spans are found in that text. */
    private static final class Builder {
        final ObjectNode doc = DocumentJson.MAPPER.createObjectNode();
        final String text;

        Builder(String url, String published, String source, String title, String... paragraphs) {
            text = title + "\n\n" + String.join("\n\n", paragraphs);
            doc.put("schema", DocumentJson.SCHEMA).put("id", DocumentJson.contentId(text)).put("source", source).put("url", url)
                    .put("title", title).put("published", published).put("text", text);
            for (String layer : List.of("entities", "actors", "quotes", "events", "relations")) {
                doc.putArray(layer);
            }
        }

        private int at(String s) {
            int i = text.indexOf(s);
            if (i < 0) {
                throw new IllegalArgumentException("not in the text: " + s);
            }
            return i;
        }

        private ObjectNode span(ObjectNode node, String s) {
            return node.put("start", at(s)).put("end", at(s) + s.length());
        }

        Builder entity(String s, String type, String actor) {
            span(((ArrayNode) doc.get("entities")).addObject(), s).put("type", type).put("text", s).put("actor", actor);
            return this;
        }

        Builder actor(String id, String name, String type, String... aliases) {
            var a = ((ArrayNode) doc.get("actors")).addObject().put("id", id).put("name", name).put("type", type);
            var list = a.putArray("aliases");
            for (String alias : aliases) {
                list.add(alias);
            }
            a.putArray("mentions");
            return this;
        }

        Builder quote(String content, String speaker, String verb) {
            span(((ArrayNode) doc.get("quotes")).addObject(), content).put("content", content).put("direct", true)
                    .put("speaker", speaker).put("verb", verb);
            return this;
        }

        Builder event(String type, String cameo, String trigger, String actor, String target, String place, int killed, String sentenceStart) {
            var e = ((ArrayNode) doc.get("events")).addObject().put("type", type).put("cameo", cameo);
            span(e.putObject("trigger"), trigger).put("text", trigger);
            e.putArray("actors").add(actor);
            var targets = e.putArray("targets");
            if (target != null) {
                targets.add(target);
            }
            e.put("location", place).put("date", doc.get("published").asText());
            if (killed > 0) {
                e.putObject("casualties").putObject("killed").put("min", killed).put("max", killed);
            }
            int start = at(sentenceStart);
            int end = text.indexOf('.', start);
            e.putObject("sentence").put("start", start).put("end", end < 0 ? text.length() : end + 1);
            e.put("negated", false).put("hypothetical", false);
            return this;
        }

        Builder relation(String subject, String predicate, String object, String evidence) {
            var r = ((ArrayNode) doc.get("relations")).addObject().put("subject", subject).put("predicate", predicate).put("object", object);
            span(r.putObject("evidence"), evidence);
            return this;
        }
    }
}
