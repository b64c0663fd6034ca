package org.rasid.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rasid.core.DocumentJson;

/** Small rasid/1 JSON articles with every layer the store tabulates, written by hand for tests. */
final class Fixtures {
    private Fixtures() {
    }

    static ObjectNode article(String url, String published, String text, String actorId, String actorName, String eventType) {
        ObjectNode doc = DocumentJson.MAPPER.createObjectNode();
        doc.put("schema", DocumentJson.SCHEMA);
        doc.put("id", DocumentJson.contentId(text));
        doc.put("source", "test");
        doc.put("url", url);
        doc.put("title", text.substring(0, text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n')));
        doc.put("published", published);
        doc.put("text", text);
        int at = text.indexOf(actorName);
        var entity = doc.putArray("entities").addObject();
        entity.put("start", at).put("end", at + actorName.length()).put("type", "PERS").put("text", actorName).put("actor", actorId);
        var actor = doc.putArray("actors").addObject();
        actor.put("id", actorId).put("name", actorName).put("type", "PERS");
        actor.putArray("aliases").add(actorName + " الأول");
        actor.putArray("mentions").addObject().put("start", at).put("end", at + actorName.length());
        var quote = doc.putArray("quotes").addObject();
        quote.put("start", 0).put("end", 5).put("content", text.substring(0, 5)).put("direct", true).put("speaker", actorId).put("verb", "قال");
        var event = doc.putArray("events").addObject();
        event.put("type", eventType).put("cameo", "190");
        event.putObject("trigger").put("start", 0).put("end", 3).put("text", text.substring(0, 3));
        event.putArray("actors").add(actorId);
        event.putArray("targets").add("Q2");
        event.put("location", "صنعاء").put("date", published);
        event.putObject("casualties").putObject("killed").put("min", 2).put("max", 3);
        event.putObject("sentence").put("start", 0).put("end", text.length());
        event.put("negated", false).put("hypothetical", false);
        var relation = doc.putArray("relations").addObject();
        relation.put("subject", actorId).put("predicate", "opposes").put("object", "Q2");
        relation.putObject("evidence").put("start", 0).put("end", 5);
        return doc;
    }
}
