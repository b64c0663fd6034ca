package org.rasid.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.Article;
import org.rasid.core.model.Paragraph;
import org.rasid.core.model.Removed;

class PlainTextCleanerTest {
    @Test
    void cleansTheReferenceArticle() throws IOException {
        var lines = Files.readAllLines(Path.of("../examples/taliban-isis-k.txt"));
        var cleaned = PlainTextCleaner.clean(lines, true);

        assertThat(cleaned.title()).isEqualTo("طالبان وداعش خراسان.. هل أصبحت كابول قبلة الجهاد؟");
        assertThat(cleaned.removed()).contains(
                new Removed("رئيس التحرير", "masthead"), new Removed("محمود المملوك", "masthead"),
                new Removed("داعش وطالبان", "duplicate-caption"), new Removed("داعش", "caption"));
        assertThat(headings(cleaned.blocks())).containsExactly(
                "هل تحولت أفغانستان لقبلة جديدة للتنظيمات الجهادية؟", "الجماعات الإرهابية",
                "كيف تبدو العلاقة بين تنظيم داعش خرسان الإرهابي وطالبان؟");
        assertThat(cleaned.blocks()).noneMatch(b -> b.text().equals("داعش وطالبان") || b.text().equals("داعش"));
        assertThat(cleaned.blocks().get(0).text()).startsWith("داعش خراسان.. اسم ذاع صيته");
    }

    @Test
    void mastheadRolesWorkForOtherSitesToo() {
        var cleaned = PlainTextCleaner.clean(List.of("رئيس مجلس الإدارة: أحمد علي", "المدير العام", "سامي يوسف",
                "الحكومة تقر موازنة العام المقبل", "أقرت الحكومة اليوم موازنة العام المقبل بعجز أقل من المتوقع، وفق ما أعلنه وزير المالية."),
                true);
        assertThat(cleaned.title()).isEqualTo("الحكومة تقر موازنة العام المقبل");
        assertThat(cleaned.removed()).extracting(Removed::reason).containsExactly("masthead", "masthead", "masthead");
    }

    @Test
    void dropsCorpusShareBarsFootersWireMarkersAndTagLines() {
        String content = """
                الرياض - واس
                أعلنت وزارة الصحة اليوم تسجيل حالات جديدة، مؤكدة أن الوضع تحت السيطرة وأن الفرق الطبية تعمل على مدار الساعة.
                // انتهى //
                شارك من خلال تويتر فيسبوك جوجل بلس اطبع الخبر
                رابط الخبر بصحيفة الوئام: وزارة الصحة تعلن حالات جديدة
                سمات: وزارة الصحة، كورونا
                اقرأ أيضا:
                الوزارة تطلق حملة توعية
                """;
        var cleaned = PlainTextCleaner.clean(content.lines().toList(), false);
        assertThat(cleaned.blocks()).extracting(Article.Block::text).containsExactly("الرياض - واس",
                "أعلنت وزارة الصحة اليوم تسجيل حالات جديدة، مؤكدة أن الوضع تحت السيطرة وأن الفرق الطبية تعمل على مدار الساعة.");
        assertThat(cleaned.removed()).extracting(Removed::reason)
                .containsExactly("wire-marker", "share-bar", "footer", "tags", "related-links", "related-links");
    }

    @Test
    void cutsChromeGluedToTheLastParagraph() {
        String last = "وقال المتحدث إن التحقيقات ما زالت جارية لمعرفة ملابسات الحادث.";
        var cleaned = PlainTextCleaner.clean(List.of("سلوى المدني- عين اليوم", last + " // انتهى //",
                last, "وأضاف أن النتائج ستعلن قريبا. سمات الحرب اليمن علي صالح"), false);
        assertThat(cleaned.blocks()).extracting(Article.Block::text).containsExactly("سلوى المدني- عين اليوم", last,
                "وأضاف أن النتائج ستعلن قريبا.");
        assertThat(cleaned.blocks()).extracting(Article.Block::kind).doesNotContain(Paragraph.Kind.heading);
        assertThat(cleaned.removed()).containsExactly(new Removed("// انتهى //", "wire-marker"),
                new Removed("سمات الحرب اليمن علي صالح", "tags"), new Removed(last, "duplicate"));
    }

    @Test
    void takesTheDateFromADateOnlyLine() {
        var cleaned = PlainTextCleaner.clean(List.of("عنوان الخبر هنا", "الأربعاء، 07 أكتوبر 2020 - 12:09 م",
                "نص الخبر الأول الذي يشرح ما حدث بالتفصيل، ويذكر المصادر والأرقام الرسمية كما نشرت."), true);
        assertThat(cleaned.date()).isEqualTo("2020-10-07");
        assertThat(cleaned.removed()).containsExactly(new Removed("الأربعاء، 07 أكتوبر 2020 - 12:09 م", "timestamp"));
    }

    @Test
    void keepsListsOfShortLinesAsParagraphs() {
        var cleaned = PlainTextCleaner.clean(List.of("طريقة التحضير:", "ملعقة صغيرة من الملح", "عود قرفة"), false);
        assertThat(cleaned.blocks()).extracting(Article.Block::kind).containsOnly(Paragraph.Kind.paragraph);
        assertThat(cleaned.removed()).isEmpty();
    }

    private static List<String> headings(List<Article.Block> blocks) {
        return blocks.stream().filter(b -> b.kind() == Paragraph.Kind.heading).map(Article.Block::text).toList();
    }
}
